"""RemoteOK: `GET {base}/api`, one JSON array (a legal notice, then every live job)."""

from __future__ import annotations

from crawlers.extract.remoteok import extract_jobs
from crawlers.extract.result import ExtractResult
from crawlers.spiders.board import BoardSpider


class RemoteOkSpider(BoardSpider):
    name = "remoteok"
    base_url_setting = "REMOTEOK_BASE_URL"
    api_path = "/api"

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        return extract_jobs(
            body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id
        )
