"""Ashby job boards: `GET {base}/posting-api/job-board/{org}?includeCompensation=true`."""

from __future__ import annotations

from crawlers.extract.ashby import extract_jobs
from crawlers.extract.result import ExtractResult
from crawlers.spiders.registry import RegistrySpider


class AshbySpider(RegistrySpider):
    name = "ashby"
    base_url_setting = "ASHBY_BASE_URL"
    api_path = "/posting-api/job-board/{board}?includeCompensation=true"

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        return extract_jobs(
            body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id,
            company=self.company_of(board),
        )  # fmt: skip
