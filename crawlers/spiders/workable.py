"""Workable accounts: `GET {base}/api/v1/widget/accounts/{slug}?details=true`, one page each."""

from __future__ import annotations

from jobwatch.crawlers.extract.workable import extract_jobs
from jobwatch.crawlers.platform import SLUG, SLUG_HELP, Endpoint, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.registry import RegistrySpider

PLATFORM = Platform(
    name="workable",
    kind=Kind.ATS,
    base_url="https://apply.workable.com",
    endpoints=(Endpoint("GET", "/api/v1/widget/accounts/{board}?details=true"),),
    token=SLUG,
    token_help=SLUG_HELP,
    example={"company": "Hugging Face", "platform": "workable", "board": "huggingface"},
    extraction=Extraction.ARCHIVE,  # one page per board: nothing to read for navigation
    extractor=extract_jobs,
    request_budget=2000,
    replay=(route(r"/api/v1/widget/accounts/(?P<token>[^/]+)/?$"),),
)


class WorkableSpider(RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM
