"""Recruitee offers: `GET https://{company}.recruitee.com/api/offers/`, one page per company.

The company is the host name; a `--base-url` mirror has no per-company hosts, so there the
company becomes the first path segment: `{base}/{company}/api/offers/` (the replay layout).
"""

from __future__ import annotations

from urllib.parse import quote

from crawlers.extract.recruitee import extract_offers
from crawlers.extract.result import ExtractResult
from crawlers.spiders.registry import RegistrySpider


class RecruiteeSpider(RegistrySpider):
    name = "recruitee"
    base_url_setting = "RECRUITEE_BASE_URL"  # "https://{board}.recruitee.com"
    api_path = "/api/offers/"

    def board_url(self, board: str) -> str:
        token = quote(board, safe="")
        if "{board}" in self.base_url:
            return self.base_url.replace("{board}", token) + self.api_path
        return f"{self.base_url}/{token}{self.api_path}"

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        return extract_offers(
            body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id,
            company=self.company_of(board),
        )  # fmt: skip
