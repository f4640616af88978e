"""Recruitee offers: `GET https://{company}.recruitee.com/api/offers/`, one page per company.

The company is the host name; a `--base-url` mirror has no per-company hosts, so there the
company becomes the first path segment: `{base}/{company}/api/offers/` (the replay layout).
"""

from __future__ import annotations

from jobwatch.crawlers.extract.recruitee import extract_offers
from jobwatch.crawlers.platform import Endpoint, Extraction, Kind, Mirror, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.registry import RegistrySpider

PLATFORM = Platform(
    name="recruitee",
    kind=Kind.ATS,
    base_url="https://{board}.recruitee.com",
    endpoints=(Endpoint("GET", "/api/offers/"),),
    token=r"[A-Za-z0-9][A-Za-z0-9-]*",  # a host name label
    token_help="letters, digits and '-' (a host name), starting with a letter or digit",
    example={"company": "Qdrant", "platform": "recruitee", "board": "qdrant"},
    extraction=Extraction.ARCHIVE,  # one page per board: nothing to read for navigation
    extractor=extract_offers,
    request_budget=2000,
    mirror=Mirror.COMPANY,
    replay=(route(r"/(?P<token>[^/]+)/api/offers/?$"),),
)


class RecruiteeSpider(RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM
