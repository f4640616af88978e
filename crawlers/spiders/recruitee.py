"""Recruitee offers: `GET https://{company}.recruitee.com/api/offers/`, one page per company.

The company is the host name; a `--base-url` mirror has no per-company hosts, so there the
company becomes the first path segment: `{base}/{company}/api/offers/` (the replay layout).
"""

from __future__ import annotations

from urllib.parse import quote

from jobwatch.crawlers.spiders.registry import RegistrySpider


class RecruiteeSpider(RegistrySpider):
    name = "recruitee"
    base_url_setting = "RECRUITEE_BASE_URL"  # "https://{board}.recruitee.com"
    api_path = "/api/offers/"
    extract_after_crawl = True  # one page per board: nothing to read for navigation

    def board_url(self, board: str) -> str:
        token = quote(board, safe="")
        if "{board}" in self.base_url:
            return self.base_url.replace("{board}", token) + self.api_path
        return f"{self.base_url}/{token}{self.api_path}"
