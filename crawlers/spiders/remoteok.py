"""RemoteOK: `GET {base}/api`, one JSON array (a legal notice, then every live job)."""

from __future__ import annotations

from jobwatch.crawlers.extract.remoteok import extract_jobs
from jobwatch.crawlers.platform import Endpoint, Extraction, Platform, job_board
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.board import BoardSpider

PLATFORM = Platform(
    **job_board("remoteok", "Remote OK"),
    base_url="https://remoteok.com",
    endpoints=(Endpoint("GET", "/api"),),
    extraction=Extraction.ARCHIVE,  # one page: nothing to read for navigation
    extractor=extract_jobs,
    request_budget=5,  # one page
    replay=(route(r"/api/?$"),),  # remoteok.com/api -> remoteok.json
    notes="the leading legal notice is skipped; RemoteOK's terms ask for a link back: every "
    "posting keeps its remoteok.com `url`; `salary_min/max` 0 = not given",
)


class RemoteOkSpider(BoardSpider):
    name = PLATFORM.name
    platform = PLATFORM
