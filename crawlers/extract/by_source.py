"""The page extractor of each source whose pages are extracted after the crawl, from the archive.

These sources need nothing from a page to know what to fetch next, so their spiders archive the
body and these pure functions run later in worker processes (crawlers/archive/). Sources that
must read a page to navigate (SmartRecruiters list pages, Arbeitnow `links.next`, JSON-LD
sitemaps, the HN thread search) extract in the Scrapy callback instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jobwatch.crawlers.extract import (
    ashby,
    greenhouse,
    hn,
    lever,
    recruitee,
    remoteok,
    remotive,
    workable,
)
from jobwatch.crawlers.extract.result import ExtractResult

PageExtractor = Callable[..., ExtractResult]

# (body, *, board, url, fetched_at, crawl_id, **meta) -> ExtractResult; meta as the spider gave it
PAGE_EXTRACTORS: dict[str, PageExtractor] = {
    "greenhouse": greenhouse.extract_jobs,
    "lever": lever.extract_postings,
    "ashby": ashby.extract_jobs,
    "workable": workable.extract_jobs,
    "recruitee": recruitee.extract_offers,
    "remoteok": remoteok.extract_jobs,
    "remotive": remotive.extract_jobs,
    "hn": hn.extract_thread,  # the thread page; the search page before it is navigation
}


def extract_page(
    source: str,
    body: bytes,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    meta: dict[str, Any] | None = None,
) -> ExtractResult:
    """One archived page of `source` -> postings and quarantine lines (KeyError: not deferred)."""
    extractor = PAGE_EXTRACTORS[source]
    return extractor(
        body, board=board, url=url, fetched_at=fetched_at, crawl_id=crawl_id, **(meta or {})
    )
