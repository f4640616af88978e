"""Greenhouse job boards: `GET {base}/v1/boards/{token}/jobs?content=true`, one page per board."""

from __future__ import annotations

from crawlers.extract.greenhouse import extract_jobs
from crawlers.extract.result import ExtractResult
from crawlers.spiders.base import AtsSpider


class GreenhouseSpider(AtsSpider):
    name = "greenhouse"
    base_url_setting = "GREENHOUSE_BASE_URL"
    api_path = "/v1/boards/{board}/jobs?content=true"

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        return extract_jobs(
            body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id
        )
