"""Lever postings: `GET {base}/v0/postings/{site}?mode=json`; `host: eu` boards use the EU host."""

from __future__ import annotations

from urllib.parse import quote

from jobwatch.crawlers.spiders.base import normalize_base_url
from jobwatch.crawlers.spiders.registry import RegistrySpider


class LeverSpider(RegistrySpider):
    name = "lever"
    base_url_setting = "LEVER_BASE_URL"
    eu_base_url_setting = "LEVER_EU_BASE_URL"
    api_path = "/v0/postings/{board}?mode=json"
    extract_after_crawl = True  # one page per board: nothing to read for navigation

    def board_url(self, board: str) -> str:
        """`--base-url` (a mirror) serves every board; otherwise EU boards go to the EU host."""
        base = self.base_url
        if self.host_of(board) == "eu" and not self.base_url_arg:
            base = normalize_base_url(self.settings.get(self.eu_base_url_setting))
        return base + self.api_path.format(board=quote(board, safe=""))
