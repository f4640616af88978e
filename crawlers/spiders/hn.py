"""HN "Ask HN: Who is hiring?": find the newest thread through the Algolia HN API, then read it.

`GET {base}/api/v1/search_by_date?tags=story,author_whoishiring` lists the account's monthly
stories; `GET {base}/api/v1/items/{id}` returns the thread with every comment in one response
(the search endpoint caps paging at 1,000 hits, which a busy thread's comments can exceed).
The board is `hn` whatever the month: a new thread replaces the last one, so last month's postings
close when this month's thread is read (a per-thread board would keep them open for ever).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import scrapy

from jobwatch.crawlers import health
from jobwatch.crawlers import replay_boards as boards
from jobwatch.crawlers.extract.board_common import PagedResult
from jobwatch.crawlers.extract.hn import extract_thread, find_thread
from jobwatch.crawlers.platform import Endpoint, Extraction, Platform, job_board
from jobwatch.crawlers.records import Quarantine, utc_now
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.board import BoardSpider

if TYPE_CHECKING:
    from collections.abc import Iterable

    from scrapy.http import Response

    from jobwatch.crawlers.extract.result import ExtractResult

SEARCH_PATH = "/api/v1/search_by_date?tags=story,author_whoishiring&hitsPerPage=30"
ITEM_PATH = "/api/v1/items/{id}"


PLATFORM = Platform(
    **job_board("hn", "Hacker News"),
    base_url="https://hn.algolia.com",
    endpoints=(
        Endpoint("GET", SEARCH_PATH, "the newest thread of the whoishiring account"),
        Endpoint("GET", ITEM_PATH, "the thread with every comment"),
    ),
    extraction=Extraction.ARCHIVE,  # the thread page; the search page is navigation (parse_search)
    extractor=extract_thread,
    request_budget=10,  # the thread search plus the thread
    replay=(
        route(r"/api/v1/search_by_date$", boards.hn_search),  # search.json
        route(r"/api/v1/items/(?P<id>\d+)$", boards.hn_item),  # items/<id>.json
    ),
    notes='the newest "Who is hiring?" thread; one posting per role of each top-level '
    "comment from its `Company | Role | Location | REMOTE | $salary` header",
)


class HnSpider(BoardSpider):
    name = PLATFORM.name
    platform = PLATFORM

    def board_requests(self, board: str) -> Iterable[scrapy.Request]:
        yield scrapy.Request(
            self.board_url(board),
            callback=self.parse_search,
            errback=self.page_failed,
            meta={"board": board},
            dont_filter=True,
        )

    def parse_search(self, response: Response) -> Iterable[Any]:
        """The search page is not a page of postings: only its failure counts in the board's
        health, so a thread that then fails leaves the board `failed`, not `partial`."""
        board = response.meta["board"]
        result = self._extract_safely(response, board, utc_now())
        yield from (Quarantine(line) for line in result.errors)
        if result.page_failed or not isinstance(result, PagedResult):
            health.inc(self.crawler.stats, board, "parse_errors", len(result.errors))
            error = result.page_error or {}
            self._page_done(board, ok=False, error=f"{error.get('reason')}: {error.get('detail')}")
            return
        thread_id = result.notes["thread_id"]
        self.logger.info("hn: newest thread %s (%s)", thread_id, result.notes.get("title"))
        url = self.base_url + ITEM_PATH.format(id=thread_id)
        yield self.page_request(board, url, thread_id=thread_id)

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        extract = find_thread if "/search_by_date" in url else extract_thread
        return extract(body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id)
