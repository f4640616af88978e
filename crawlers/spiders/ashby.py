"""Ashby job boards: `GET {base}/posting-api/job-board/{org}?includeCompensation=true`."""

from __future__ import annotations

from jobwatch.crawlers.spiders.registry import RegistrySpider


class AshbySpider(RegistrySpider):
    name = "ashby"
    base_url_setting = "ASHBY_BASE_URL"
    api_path = "/posting-api/job-board/{board}?includeCompensation=true"
    extract_after_crawl = True  # one page per board: nothing to read for navigation
