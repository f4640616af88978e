"""Remotive: `GET {base}/api/remote-jobs`, every live job in one response; rate-limited politely."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobwatch.crawlers.extract.remotive import extract_jobs
from jobwatch.crawlers.platform import Endpoint, Extraction, Platform, job_board
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.board import BoardSpider

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


MIN_DELAY_PRIORITY = 50


PLATFORM = Platform(
    **job_board("remotive", "Remotive"),
    base_url="https://remotive.com",
    endpoints=(Endpoint("GET", "/api/remote-jobs"),),
    extraction=Extraction.ARCHIVE,  # one page: nothing to read for navigation
    extractor=extract_jobs,
    # Remotive's API notice asks for only a few calls a day (its feed lags a day anyway): one
    # request and at most 3 retries a crawl, and the weekly run crawls it once.
    request_budget=4,
    replay=(route(r"/api/remote-jobs/?$"),),  # remotive.com/api/remote-jobs -> remotive.json
    # Remotive blocks bursts: at least this many seconds between its requests (retries
    # included), without jitter; AutoThrottle never goes below it.
    settings={"REMOTIVE_MIN_DELAY": 30.0},
    notes="Remotive asks for few calls: budget 4 requests a crawl (retries included), at least "
    "`REMOTIVE_MIN_DELAY` = 30 s between requests, no jitter",
)


class RemotiveSpider(BoardSpider):
    name = PLATFORM.name
    platform = PLATFORM

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
