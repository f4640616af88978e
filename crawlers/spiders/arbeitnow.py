"""Arbeitnow: `GET {base}/api/job-board-api?page=N`, following `links.next` to the last page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobwatch.crawlers.extract.arbeitnow import extract_page
from jobwatch.crawlers.spiders.board import BoardSpider

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult


class ArbeitnowSpider(BoardSpider):
    """A page that fails after retries ends the paging: the board is `partial`, never short
    without saying so (and a partial crawl never closes postings downstream)."""

    name = "arbeitnow"
    base_url_setting = "ARBEITNOW_BASE_URL"
    api_path = "/api/job-board-api?page=1"

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        return extract_page(
            body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id
        )
