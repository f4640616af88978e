"""Arbeitnow job-board API page (`/api/job-board-api?page=N`: data, links, meta) -> postings."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from jobwatch.crawlers.extract.board_common import (
    PagedResult,
    joined,
    load_page,
    required_problem,
    text,
)
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting

SOURCE = "arbeitnow"


def extract_page(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> PagedResult:
    """One page of jobs and `links.next` (as given: the spider puts it on its base URL)."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_page(body, page)
    if failed is not None:
        return PagedResult(errors=failed.errors, page_failed=True)
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        bad = page.failed("unexpected_shape", 'expected an object with a "data" list', body)
        return PagedResult(errors=bad.errors, page_failed=True)
    result = PagedResult(next_url=_next(data))
    for job in data["data"]:
        problem = required_problem(job, "slug", "title")
        if problem:
            result.errors.append(page.quarantine(*problem, job))
            continue
        result.items.append(_posting(job, page).to_dict())
    return result


def _next(data: dict[str, Any]) -> str | None:
    links = data.get("links")
    return text(links.get("next")) if isinstance(links, dict) else None


def _posting(job: dict[str, Any], page: Page) -> RawPosting:
    description_html = text(job.get("description"))
    remote = job.get("remote")
    return RawPosting(
        **page.stamp(),
        source_id=str(job["slug"]).strip(),
        title=html.unescape(str(job["title"])).strip(),
        url=text(job.get("url")),
        company=text(job.get("company_name")),
        location_raw=text(job.get("location")),
        remote_raw=str(remote).lower() if isinstance(remote, bool) else text(remote),
        employment_type_raw=joined(job.get("job_types")),
        department_raw=None,
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=None,
        salary_structured=None,
        posted_at_raw=_created(job.get("created_at")),
        updated_at_raw=None,
        payload=job,
    )


def _created(value: Any) -> str | None:
    """Arbeitnow gives epoch seconds; a string is kept as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            moment = dt.datetime.fromtimestamp(value, dt.UTC)
        except (ValueError, OverflowError, OSError):
            return None
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return text(value)
