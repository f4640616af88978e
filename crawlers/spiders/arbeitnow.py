"""Arbeitnow: `GET {base}/api/job-board-api?page=N`, following `links.next` to the last page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobwatch.crawlers import replay_boards as boards
from jobwatch.crawlers.extract.arbeitnow import extract_page
from jobwatch.crawlers.platform import Endpoint, Extraction, Platform, job_board
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.board import BoardSpider

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult


PLATFORM = Platform(
    **job_board("arbeitnow", "Arbeitnow"),
    base_url="https://www.arbeitnow.com",
    endpoints=(Endpoint("GET", "/api/job-board-api?page=1", "following `links.next`"),),
    extraction=Extraction.CALLBACK,  # each page links the next
    request_budget=500,  # ~100 jobs a page
    replay=(route(r"/api/job-board-api/?$", boards.arbeitnow_page),),  # page-N.json
    notes="follows `links.next` (put on the base URL) to the end; a page that fails ends the "
    "paging and the board is `partial`",
)


class ArbeitnowSpider(BoardSpider):
    """A page that fails after retries ends the paging: the board is `partial`, never short
    without saying so (and a partial crawl never closes postings downstream)."""

    name = PLATFORM.name
    platform = PLATFORM

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        return extract_page(
            body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id
        )
