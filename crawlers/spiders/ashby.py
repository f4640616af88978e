"""Ashby job boards: `GET {base}/posting-api/job-board/{org}?includeCompensation=true`."""

from __future__ import annotations

from jobwatch.crawlers.extract.ashby import extract_jobs
from jobwatch.crawlers.platform import SLUG, SLUG_HELP, Endpoint, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.registry import RegistrySpider

PLATFORM = Platform(
    name="ashby",
    kind=Kind.ATS,
    base_url="https://api.ashbyhq.com",
    endpoints=(Endpoint("GET", "/posting-api/job-board/{board}?includeCompensation=true"),),
    token=SLUG,
    token_help=SLUG_HELP,
    example={"company": "OpenAI", "platform": "ashby", "board": "openai"},
    extraction=Extraction.ARCHIVE,  # one page per board: nothing to read for navigation
    extractor=extract_jobs,
    request_budget=2000,
    replay=(route(r"/posting-api/job-board/(?P<token>[^/]+)/?$"),),
    notes="base salary from `summaryComponents`",
)


class AshbySpider(RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM
