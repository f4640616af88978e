"""Workable accounts: `GET {base}/api/v1/widget/accounts/{slug}?details=true`, one page each."""

from __future__ import annotations

from jobwatch.crawlers.spiders.registry import RegistrySpider


class WorkableSpider(RegistrySpider):
    name = "workable"
    base_url_setting = "WORKABLE_BASE_URL"
    api_path = "/api/v1/widget/accounts/{board}?details=true"
    extract_after_crawl = True  # one page per board: nothing to read for navigation
