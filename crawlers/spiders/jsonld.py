"""Generic schema.org JobPosting spider: career pages or sitemaps listed in the registry.

    - {company: Acme, platform: jsonld, board: acme, url: https://acme.example/careers/sitemap.xml,
       follow: /jobs/}

`url` is a career page (its JSON-LD is read, and with `follow` its links matching that regex are
read too) or a sitemap (its pages matching `follow` are read; a sitemap index is descended).
With a base URL, `https://host/path` is fetched as `{base}/host/path` (a replay or caching proxy
keyed by host); postings keep their real URLs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from jobwatch.crawlers import replay_boards as boards
from jobwatch.crawlers.extract.board_common import PagedResult
from jobwatch.crawlers.extract.jsonld import SOURCE, extract_page
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.extract.sitemap import looks_like_sitemap, page_links, sitemap_links
from jobwatch.crawlers.platform import (
    SLUG,
    SLUG_HELP,
    Endpoint,
    Extra,
    Extraction,
    Kind,
    Mirror,
    Platform,
)
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.base import AtsSpider, normalize_base_url

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable

    import scrapy
    from scrapy.crawler import Crawler
    from scrapy.http import Response

    from jobwatch.crawlers.extract.result import ExtractResult

MAX_DEPTH = 3  # sitemap index -> sitemap -> job page


def _http_url(url: str) -> str | None:
    if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc:
        return None
    return f"needs an http(s) url, got {url!r}"


def _regex(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"bad follow pattern: {exc}"
    return None


PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.SITE,
    base_url=None,  # the sites' own URLs; a base URL serves them as {base}/{host}{path}
    endpoints=(Endpoint("GET", "{url}", "the registry row's url, then pages matching follow"),),
    token=SLUG,
    token_help=SLUG_HELP,
    extras=(
        Extra("url", "a career page or a sitemap (http or https)", required=True, check=_http_url),
        Extra("follow", "a regex: the job pages to read from the url's links", check=_regex),
    ),
    example={
        "company": "Acme",
        "platform": SOURCE,
        "board": "acme",
        "url": "https://acme.example/sitemap.xml",
        "follow": "/jobs/",
    },
    extraction=Extraction.CALLBACK,  # sitemaps and career pages name the pages to read next
    request_budget=3000,
    mirror=Mirror.HOST,
    # JSON-LD sites as {base}/{host}/{path} -> <host>/<path> (index.html for a trailing "/").
    replay=(
        route(
            r"/(?P<token>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?P<rest>/.*)$",
            boards.site_file,
            content_type=boards.HTML,
            fallback=True,  # any path whose first segment looks like a host name
        ),
    ),
    notes="schema.org JobPosting JSON-LD from career pages or sitemaps (`follow: REGEX` picks job "
    "pages); repairs trailing `;`/`,`, control characters, `@graph`, arrays, escaped blocks",
)


class JsonLdSpider(AtsSpider):
    name = PLATFORM.name
    platform = PLATFORM

    def __init__(self, boards: Any = None, base_url: str | None = None, **kwargs: Any):
        super().__init__(boards=boards, base_url=base_url, **kwargs)
        self.fetched: dict[str, tuple[str, int]] = {}  # fetched URL -> (real URL, depth)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> JsonLdSpider:
        # AtsSpider.from_crawler insists on a base URL; here the sites' own URLs are the default.
        spider = super(AtsSpider, cls).from_crawler(crawler, *args, **kwargs)
        base = spider.base_url_arg or crawler.settings.get(cls.platform.base_url_setting)
        spider.base_url = normalize_base_url(base) if base else ""
        spider.crawl_id = crawler.settings.get("JOBWATCH_CRAWL_ID") or "unknown"
        return spider

    def site(self, board: str) -> tuple[str, re.Pattern[str] | None]:
        """The board's url and follow pattern (registry fields, checked when it was loaded)."""
        extras = self.extras_of(board)
        follow = extras.get("follow")
        return extras["url"], re.compile(follow) if follow else None

    def via_base(self, real_url: str) -> str:
        if not self.base_url:
            return real_url
        parts = urlsplit(real_url)
        query = f"?{parts.query}" if parts.query else ""
        return f"{self.base_url}/{parts.netloc}{parts.path or '/'}{query}"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for board in self.boards:
            yield self.fetch(board, self.site(board)[0], depth=0)

    def fetch(self, board: str, real_url: str, *, depth: int) -> scrapy.Request:
        url = self.via_base(real_url)
        self.fetched[url] = (real_url, depth)
        return self.page_request(board, url)

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        real_url, depth = self.fetched.get(url, (url, MAX_DEPTH))
        follow = self.site(board)[1]
        if looks_like_sitemap(real_url, body):
            links = sitemap_links(body, follow)
            if links.error:
                page = Page(SOURCE, board, real_url, fetched_at, self.crawl_id)
                failed = page.failed("not_sitemap", links.error, body)
                return PagedResult(errors=failed.errors, page_failed=True)
            return PagedResult(notes={"follow": links.sitemaps + links.pages, "depth": depth})
        result = extract_page(
            body, board=board, url=real_url, fetched_at=fetched_at, crawl_id=self.crawl_id
        )
        if follow is not None and depth == 0:  # a career page listing its job pages
            html = body.decode("utf-8", errors="replace")
            result.notes["follow"] = page_links(html, real_url, follow)
        result.notes["depth"] = depth
        return result

    def next_requests(self, response: Response, result: ExtractResult) -> Iterable[scrapy.Request]:
        notes = result.notes if isinstance(result, PagedResult) else {}
        depth = int(notes.get("depth", MAX_DEPTH))
        if depth >= MAX_DEPTH:
            return
        seen = {real for real, _ in self.fetched.values()}
        for real_url in notes.get("follow", []):
            if real_url not in seen:
                seen.add(real_url)
                yield self.fetch(response.meta["board"], real_url, depth=depth + 1)
