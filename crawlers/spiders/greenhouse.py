"""Greenhouse job boards: `GET {base}/v1/boards/{token}/jobs?content=true`, one page per board."""

from __future__ import annotations

from jobwatch.crawlers.extract.greenhouse import extract_jobs
from jobwatch.crawlers.platform import SLUG, SLUG_HELP, Endpoint, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.base import AtsSpider

PLATFORM = Platform(
    name="greenhouse",
    kind=Kind.ATS,
    base_url="https://boards-api.greenhouse.io",
    endpoints=(Endpoint("GET", "/v1/boards/{board}/jobs?content=true"),),
    token=SLUG,
    token_help=SLUG_HELP,
    example={"company": "Anthropic", "platform": "greenhouse", "board": "anthropic"},
    extraction=Extraction.ARCHIVE,  # one page per board: nothing to read for navigation
    extractor=extract_jobs,
    request_budget=2000,
    replay=(route(r"/v1/boards/(?P<token>[^/]+)/jobs$"),),
    notes="pay ranges in cents; hourly ranges stay hourly",
)


class GreenhouseSpider(AtsSpider):
    name = PLATFORM.name
    platform = PLATFORM
