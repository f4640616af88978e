"""Remotive: `GET {base}/api/remote-jobs`, every live job in one response; rate-limited politely."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobwatch.crawlers.spiders.board import BoardSpider

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


MIN_DELAY_PRIORITY = 50


class RemotiveSpider(BoardSpider):
    name = "remotive"
    base_url_setting = "REMOTIVE_BASE_URL"
    api_path = "/api/remote-jobs"
    extract_after_crawl = True  # one page per board: nothing to read for navigation

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        """REMOTIVE_MIN_DELAY becomes the download delay, without jitter, whatever else is set
        (AutoThrottle never goes below DOWNLOAD_DELAY, and retries wait for the slot too)."""
        super().update_settings(settings)
        delay = max(settings.getfloat("REMOTIVE_MIN_DELAY"), settings.getfloat("DOWNLOAD_DELAY"))
        # Above "cmdline" (40): Scrapy re-applies the process settings to the crawler at crawl
        # time, which would put a plain DOWNLOAD_DELAY override back.
        settings.set("DOWNLOAD_DELAY", delay, priority=MIN_DELAY_PRIORITY)
        settings.set("DOWNLOAD_DELAY_JITTER", 0.0, priority=MIN_DELAY_PRIORITY)
