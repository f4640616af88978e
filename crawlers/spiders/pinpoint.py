"""Pinpoint career sites: the public postings feed of `{company}.pinpointhq.com`.

- `GET {base}/postings.json` -> `{"data": [posting, ...]}`, every open posting in one response:
  `id`, `title`, `url`, `workplace_type` (remote | hybrid | onsite), `employment_type`,
  `location` {`name`, `city`, `province`}, `job` {`department` {`name`}}, the advert in HTML
  sections (`description`, then `key_responsibilities`, `skills_knowledge_expertise` and
  `benefits`, each with its `*_header`), `compensation_minimum` / `_maximum` / `_currency` /
  `_frequency` shown only when `compensation_visible` is true, `first_published_at`,
  `deadline_at`.

The feed does not name the company: the registry does. The board token is the company's host
label; on a mirror `B` the company is the first path segment: `B/{company}/postings.json`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.ats_common import (
    build_all,
    join_text,
    load_body,
    obj,
    salary_text,
    structured,
    text,
)
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting
from jobwatch.crawlers.platform import Endpoint, Extraction, Kind, Mirror, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.registry import RegistrySpider

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "pinpoint"
# The advert's sections in reading order, with the field naming each one's heading.
SECTIONS = (
    ("description", None),
    ("key_responsibilities", "key_responsibilities_header"),
    ("skills_knowledge_expertise", "skills_knowledge_expertise_header"),
    ("benefits", "benefits_header"),
)


def extract_postings(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> ExtractResult:
    """Every posting of one Pinpoint feed."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, "data")
    if failed is not None:
        return failed
    return build_all(data["data"], page, "id", "title", lambda p: _posting(p, page, company))


def _posting(posting: dict[str, Any], page: Page, company: str | None) -> RawPosting:
    description_html = _advert(posting)
    salary = _salary(posting)
    location = obj(posting.get("location"))
    return RawPosting(
        **page.stamp(),
        source_id=str(posting["id"]).strip(),
        title=str(posting["title"]).strip(),
        url=text(posting.get("url")),
        company=company,
        location_raw=join_text([location.get("city"), location.get("province")], ", ")
        or text(location.get("name")),
        remote_raw=text(posting.get("workplace_type")),
        employment_type_raw=text(posting.get("employment_type")),
        department_raw=text(obj(obj(posting.get("job")).get("department")).get("name")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=salary_text(salary),
        salary_structured=salary,
        posted_at_raw=text(posting.get("first_published_at")),
        payload=posting,
    )


def _advert(posting: dict[str, Any]) -> str | None:
    """The advert's sections in reading order, each under its heading when it has one."""
    parts = []
    for field, header in SECTIONS:
        section = text(posting.get(field))
        if section:
            heading = text(posting.get(header)) if header else None
            parts.append(f"<h3>{heading}</h3>{section}" if heading else section)
    return "\n".join(parts) or None


def _salary(posting: dict[str, Any]) -> dict[str, Any] | None:
    """The pay range the company chose to show; a hidden range is never read."""
    if posting.get("compensation_visible") is not True:
        return None
    return structured(
        posting.get("compensation_minimum"),
        posting.get("compensation_maximum"),
        posting.get("compensation_currency"),
        posting.get("compensation_frequency"),
    )


PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://{board}.pinpointhq.com",
    endpoints=(Endpoint("GET", "/postings.json", "every open posting in one response"),),
    token=r"[A-Za-z0-9][A-Za-z0-9-]*",  # a host name label
    token_help="letters, digits and '-' (a host name), starting with a letter or digit",
    example={"company": "Arm", "platform": SOURCE, "board": "arm"},
    extraction=Extraction.ARCHIVE,  # one page per board: nothing to read for navigation
    extractor=extract_postings,
    request_budget=2000,
    mirror=Mirror.COMPANY,
    replay=(route(r"/(?P<token>[^/]+)/postings\.json$"),),
    notes="on a mirror the company is the first path segment: `{base}/{board}/postings.json`; "
    "pay only where the company shows it (`compensation_visible`)",
)


class PinpointSpider(RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM
