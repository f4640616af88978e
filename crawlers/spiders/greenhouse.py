"""Greenhouse job boards: `GET {base}/v1/boards/{token}/jobs?content=true`, one page per board."""

from __future__ import annotations

from jobwatch.crawlers.spiders.base import AtsSpider


class GreenhouseSpider(AtsSpider):
    name = "greenhouse"
    base_url_setting = "GREENHOUSE_BASE_URL"
    api_path = "/v1/boards/{board}/jobs?content=true"
    extract_after_crawl = True  # one page per board: nothing to read for navigation
