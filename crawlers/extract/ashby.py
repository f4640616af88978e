"""Ashby job-board API body (`/posting-api/job-board/{org}`, with compensation) -> postings."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.ats_common import (
    build_all,
    join_text,
    load_body,
    obj,
    structured,
    text,
)
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "ashby"


def extract_jobs(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> ExtractResult:
    """Every job of one Ashby board (`isListed` is kept in the payload: the lake keeps all).
    Ashby's API never names the company: `company` is the registry's name for the board."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, "jobs")
    if failed is not None:
        return failed
    return build_all(data["jobs"], page, "id", "title", lambda j: _posting(j, page, company))


def _posting(job: dict[str, Any], page: Page, company: str | None) -> RawPosting:
    compensation = obj(job.get("compensation"))
    description_html = text(job.get("descriptionHtml"))
    return RawPosting(
        source=SOURCE,
        source_id=str(job["id"]).strip(),
        title=str(job["title"]).strip(),
        board=page.board,
        url=text(job.get("jobUrl")),
        company=company,
        location_raw=_locations(job),
        remote_raw=_remote(job),
        employment_type_raw=text(job.get("employmentType")),
        department_raw=join_text([job.get("department"), job.get("team")], " / "),
        description_html=description_html,
        description_text=text(job.get("descriptionPlain")) or html_to_text(description_html),
        salary_raw=text(compensation.get("compensationTierSummary"))
        or text(compensation.get("scrapeableCompensationSalarySummary")),
        salary_structured=_salary(compensation),
        posted_at_raw=text(job.get("publishedAt")),
        updated_at_raw=text(job.get("updatedAt")),
        fetched_at=page.fetched_at,
        crawl_id=page.crawl_id,
        payload=job,
    )


def _locations(job: dict[str, Any]) -> str | None:
    secondary = job.get("secondaryLocations")
    others = [s.get("location") for s in secondary if isinstance(s, dict)] if secondary else []
    return join_text([job.get("location"), *others])


def _remote(job: dict[str, Any]) -> str | None:
    """`workplaceType` (Remote | Hybrid | OnSite) when given, else the `isRemote` flag."""
    workplace = text(job.get("workplaceType"))
    if workplace:
        return workplace
    return "Remote" if job.get("isRemote") is True else None


def _salary(compensation: dict[str, Any]) -> dict[str, Any] | None:
    """The base-salary component of `summaryComponents` (equity and bonus are not base pay)."""
    components = compensation.get("summaryComponents")
    for part in components if isinstance(components, list) else []:
        if isinstance(part, dict) and str(part.get("compensationType")).lower() == "salary":
            return structured(
                part.get("minValue"),
                part.get("maxValue"),
                part.get("currencyCode"),
                part.get("interval"),
            )
    return None
