"""Workable accounts: `GET {base}/api/v1/widget/accounts/{slug}?details=true`, one page each."""

from __future__ import annotations

from crawlers.extract.result import ExtractResult
from crawlers.extract.workable import extract_jobs
from crawlers.spiders.registry import RegistrySpider


class WorkableSpider(RegistrySpider):
    name = "workable"
    base_url_setting = "WORKABLE_BASE_URL"
    api_path = "/api/v1/widget/accounts/{board}?details=true"

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        return extract_jobs(
            body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id,
            company=self.company_of(board),
        )  # fmt: skip
