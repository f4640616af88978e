"""RemoteOK: `GET {base}/api`, one JSON array (a legal notice, then every live job)."""

from __future__ import annotations

from jobwatch.crawlers.spiders.board import BoardSpider


class RemoteOkSpider(BoardSpider):
    name = "remoteok"
    base_url_setting = "REMOTEOK_BASE_URL"
    api_path = "/api"
    extract_after_crawl = True  # one page per board: nothing to read for navigation
