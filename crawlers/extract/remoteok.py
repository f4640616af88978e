"""RemoteOK API body (`remoteok.com/api`: a legal notice, then the jobs) -> RawPosting dicts.

RemoteOK's terms ask for a followed link back to the posting on remoteok.com and for naming
Remote OK as the source: every posting keeps that link in `url` (and in the verbatim payload).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from jobwatch.crawlers.extract.board_common import load_page, required_problem, salary_text, text
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.extract.result import ExtractResult
from jobwatch.crawlers.items import RawPosting

SOURCE = "remoteok"
ATTRIBUTION = "Remote OK (https://remoteok.com)"


def extract_jobs(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> ExtractResult:
    """Every job of one API response; the leading legal notice is skipped, never counted."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_page(body, page)
    if failed is not None:
        return failed
    if not isinstance(data, list):
        return page.failed("unexpected_shape", "expected a JSON array of jobs", body)
    result = ExtractResult()
    for entry in data:
        if _is_notice(entry):
            continue
        problem = required_problem(entry, "id", "position")
        if problem:
            result.errors.append(page.quarantine(*problem, entry))
            continue
        result.items.append(_posting(entry, page).to_dict())
    return result


def _is_notice(entry: Any) -> bool:
    """The API's first element: `{"last_updated": ..., "legal": "API Terms of Service ..."}`."""
    return isinstance(entry, dict) and "legal" in entry and "position" not in entry


def _posting(job: dict[str, Any], page: Page) -> RawPosting:
    description_html = text(job.get("description"))
    salary = _salary(job.get("salary_min"), job.get("salary_max"))
    return RawPosting(
        **page.stamp(),
        source_id=str(job["id"]).strip(),
        title=html.unescape(str(job["position"])).strip(),
        url=text(job.get("url")) or text(job.get("apply_url")),
        company=text(html.unescape(str(job.get("company") or ""))),
        location_raw=_location(job.get("location")),
        remote_raw="remote",  # RemoteOK lists remote jobs only; location is where hires may live
        employment_type_raw=None,
        department_raw=None,
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=salary_text(salary),
        salary_structured=salary,
        posted_at_raw=text(job.get("date")) or _epoch(job.get("epoch")),
        updated_at_raw=None,
        payload=job,
    )


def _location(value: Any) -> str | None:
    """RemoteOK pads some locations with a dangling separator ("Krishnagiri, ")."""
    cleaned = text(value)
    return cleaned.rstrip(" ,;") or None if cleaned else None


def _figure(value: Any) -> float | None:
    """0 (or anything not a positive number) means "not given" in RemoteOK's salary fields."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _salary(low: Any, high: Any) -> dict[str, Any] | None:
    """RemoteOK salaries are yearly USD figures."""
    low_n, high_n = _figure(low), _figure(high)
    if low_n is None and high_n is None:
        return None
    return {"min": low_n, "max": high_n, "currency": "USD", "period": "year"}


def _epoch(value: Any) -> str | None:
    try:
        moment = dt.datetime.fromtimestamp(int(value), dt.UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
