"""Jobvite: a company's public careers XML feed, keyless, the whole board in one response.

`GET {base}/CompanyJobs/Xml.aspx?c={board}` -> `<result>` with one `<job>` per posting: `id`,
`parentId` (on a copy of a posting for one more place: id "<parent>-<suffix>", same title, no page
of its own), `title`, `requisitionid`, `category`, `jobtype`, `location`, `date` (M/D/YYYY),
`detail-url`, `apply-url`, `description` (HTML). The feed also names the hiring team and the
referral bonus: never read, never kept.

The board token is the company's code, the `c=` of the Apply links on its careers site
(`app.jobvite.com/CompanyJobs/Careers.aspx?c=qKr9VfwZ`); the feed does not name the company, the
registry does. On a mirror `B`: `B/CompanyJobs/Xml.aspx?c={board}`. Every board is on one host,
so the per-host delay and AutoThrottle pace a run's Jobvite requests.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.ats_common import build_all, text
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.extract.xml_body import load_xml
from jobwatch.crawlers.items import RawPosting
from jobwatch.crawlers.platform import Endpoint, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.registry import RegistrySpider

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult
    from jobwatch.crawlers.replay_routes import Recordings, Route

SOURCE = "jobvite"
US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
PRIVATE = ("hiring", "referral")  # fields naming people or paying for referrals: not kept


def extract_feed(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> ExtractResult:
    """Every job of one company's feed; a copy for one more place shares its parent's id."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    root, error = load_xml(body)
    if error is not None:
        return page.failed(error.reason, error.detail, body)
    if root.tag != "result":
        return page.failed("unexpected_shape", f"expected <result>, got <{root.tag}>", body)
    jobs = [_fields(job) for job in root.iterfind("job")]
    return build_all(jobs, page, "posting", "title", lambda j: _posting(j, page, company))


def _fields(job: Any) -> dict[str, str]:
    """A job's public fields by tag; `posting` is its posting's id (the parent's, on a copy)."""
    fields = {
        child.tag: "".join(child.itertext()).strip()
        for child in job
        if isinstance(child.tag, str) and not child.tag.lower().startswith(PRIVATE)
    }
    fields["posting"] = fields.get("parentId") or fields.get("id", "")
    return fields


def _posting(job: dict[str, str], page: Page, company: str | None) -> RawPosting:
    description_html = text(job.get("description"))
    return RawPosting(
        **page.stamp(),
        source_id=job["posting"],
        title=job["title"],
        url=text(job.get("detail-url")) or text(job.get("apply-url")),
        company=company,
        location_raw=text(job.get("location")),
        remote_raw=None,  # no flag: the place and the text say it
        employment_type_raw=text(job.get("jobtype")),
        department_raw=text(job.get("category")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        posted_at_raw=_iso_date(job.get("date")),
        payload=job,
    )


def _iso_date(value: str | None) -> str | None:
    """Jobvite's M/D/YYYY as YYYY-MM-DD (the original stays in the payload); else as written."""
    found = US_DATE.fullmatch((value or "").strip())
    if not found:
        return text(value)
    month, day, year = (int(part) for part in found.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def replay_feed(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """`<c>.xml`: the board is the query's company code, not a path segment."""
    return rec.read(route.platform, f"{query.get('c', '')}.xml")


PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://app.jobvite.com",
    endpoints=(Endpoint("GET", "/CompanyJobs/Xml.aspx?c={board}", "the whole board"),),
    token=r"[A-Za-z0-9]{4,16}",
    token_help="the company code, the c= of app.jobvite.com/CompanyJobs/Careers.aspx?c=qKr9VfwZ",
    example={"company": "Nutanix", "platform": SOURCE, "board": "qKr9VfwZ"},
    extraction=Extraction.ARCHIVE,  # one page per board: nothing to read for navigation
    extractor=extract_feed,
    request_budget=2000,
    replay=(
        route(
            r"/CompanyJobs/Xml\.aspx$",
            replay_feed,
            content_type="text/xml; charset=utf-8",
            suffix=".xml",
        ),
    ),
    notes="board: the company code (`c=` of its Apply links); a posting's copies for more "
    "places are one posting with every place; the hiring team and referral bonus are never kept",
)


class JobviteSpider(RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM
