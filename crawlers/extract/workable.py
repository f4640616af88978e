"""Workable widget API body (`/api/v1/widget/accounts/{slug}?details=true`) -> RawPosting dicts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.ats_common import build_all, flag, join_text, load_body, text
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "workable"


def extract_jobs(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> ExtractResult:
    """Every job of one Workable account; the account's `name` is the company."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, "jobs")
    if failed is not None:
        return failed
    name = text(data.get("name")) or company
    return build_all(data["jobs"], page, "shortcode", "title", lambda j: _posting(j, page, name))


def _posting(job: dict[str, Any], page: Page, company: str | None) -> RawPosting:
    description_html = text(job.get("description"))
    return RawPosting(
        source=SOURCE,
        source_id=str(job["shortcode"]).strip(),
        title=str(job["title"]).strip(),
        board=page.board,
        url=text(job.get("url")) or text(job.get("shortlink")),
        company=company,
        location_raw=_locations(job),
        remote_raw=flag(job.get("telecommuting"), "Remote"),
        employment_type_raw=text(job.get("employment_type")),
        department_raw=text(job.get("department")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=None,  # the widget API publishes no pay fields
        salary_structured=None,
        posted_at_raw=text(job.get("published_on")) or text(job.get("created_at")),
        updated_at_raw=None,
        fetched_at=page.fetched_at,
        crawl_id=page.crawl_id,
        payload=job,
    )


def _place(city: Any, region: Any, country: Any) -> str | None:
    return join_text([city, region, country], ", ")


def _locations(job: dict[str, Any]) -> str | None:
    """Every listed location ("City, Region, Country"), else the job's own city/state/country."""
    listed = job.get("locations")
    places = [
        _place(loc.get("city"), loc.get("region"), loc.get("country"))
        for loc in (listed if isinstance(listed, list) else [])
        if isinstance(loc, dict) and not loc.get("hidden")
    ]
    return join_text(places) or _place(job.get("city"), job.get("state"), job.get("country"))
