"""Remotive: `GET {base}/api/remote-jobs`, every live job in one response; rate-limited politely."""

from __future__ import annotations

from typing import TYPE_CHECKING

from crawlers.extract.remotive import extract_jobs
from crawlers.extract.result import ExtractResult
from crawlers.spiders.board import BoardSpider

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


MIN_DELAY_PRIORITY = 50


class RemotiveSpider(BoardSpider):
    name = "remotive"
    base_url_setting = "REMOTIVE_BASE_URL"
    api_path = "/api/remote-jobs"

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

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        return extract_jobs(
            body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id
        )
