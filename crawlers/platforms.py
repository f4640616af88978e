"""Every declared platform, found through Scrapy's SpiderLoader, and what is derived from them.

A spider with a `platform` (crawlers/platform.py) is a platform; the tables below are computed
from those declarations, never written by hand: the spider of a source, the page extractors of
the archived sources, the Scrapy setting defaults, the replay routes.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from jobwatch.core.errors import UserError
from jobwatch.crawlers.platform import Extraction

if TYPE_CHECKING:
    from collections.abc import Callable

    import scrapy

    from jobwatch.crawlers.extract.result import ExtractResult
    from jobwatch.crawlers.platform import Platform
    from jobwatch.crawlers.replay_routes import Route

SPIDER_MODULES = ["jobwatch.crawlers.spiders"]


@cache
def spiders() -> dict[str, type[scrapy.Spider]]:
    """Spider class per source name, as `scrapy list` finds them."""
    loader = SpiderLoader(Settings({"SPIDER_MODULES": SPIDER_MODULES}))
    classes = {name: loader.load(name) for name in loader.list()}
    return {name: cls for name, cls in sorted(classes.items()) if hasattr(cls, "platform")}


def declared() -> dict[str, Platform]:
    """Platform per source name, sorted by name."""
    return {name: cls.platform for name, cls in spiders().items()}  # type: ignore[attr-defined]


def get(name: str) -> Platform:
    """The declaration of `name`; a UserError naming the known ones when there is none."""
    found = declared().get(name)
    if found is None:
        raise UserError(f"unknown source {name!r} (known: {', '.join(declared())})")
    return found


def spider(name: str) -> type[scrapy.Spider]:
    get(name)
    return spiders()[name]


@cache
def extractors() -> dict[str, Callable[..., ExtractResult]]:
    """The page extractor of every source whose pages are extracted after the crawl."""
    return {
        name: p.extractor
        for name, p in declared().items()
        if p.extraction is Extraction.ARCHIVE and p.extractor is not None
    }


def setting_defaults() -> dict[str, Any]:
    """Base URLs, request budgets and platform knobs, as Scrapy settings."""
    defaults: dict[str, Any] = {}
    for platform in declared().values():
        defaults |= platform.setting_defaults()
    defaults["SOURCE_REQUEST_BUDGET"] = {n: p.request_budget for n, p in declared().items()}
    return defaults


@cache
def routes() -> tuple[Route, ...]:
    """Every replay route; fallbacks (patterns that match broadly) are tried last."""
    every = [route for platform in declared().values() for route in platform.routes]
    return tuple(sorted(every, key=lambda route: route.fallback))
