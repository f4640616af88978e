"""Greenhouse job-board API body (`/v1/boards/{token}/jobs?content=true`) -> RawPosting dicts."""

from __future__ import annotations

import re
from typing import Any

from jobwatch.crawlers.extract.html_text import html_to_text, unescape
from jobwatch.crawlers.extract.json_body import load_json
from jobwatch.crawlers.extract.result import ExtractResult
from jobwatch.crawlers.items import RawPosting
from jobwatch.crawlers.records import quarantine_line

SOURCE = "greenhouse"
REMOTE = re.compile(r"\bremote\b", re.IGNORECASE)
EMPLOYMENT_KEYS = re.compile(r"employment|job type|time type|commitment|schedule", re.IGNORECASE)
PERIOD_WORDS = [
    ("hour", re.compile(r"\bhour(ly)?\b|\bper hr\b|/\s*hr\b")),
    ("day", re.compile(r"\bdaily\b|\bper day\b|\bday rate\b")),
    ("week", re.compile(r"\bweekly\b|\bper week\b")),
    ("month", re.compile(r"\bmonthly\b|\bper month\b")),
    ("year", re.compile(r"\bannual(ly)?\b|\byearly\b|\bper (year|annum)\b|\bsalary\b")),
]
HOURLY_MAX = 300  # a top figure this small is an hourly rate, whatever the range is called


def extract_jobs(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> ExtractResult:
    """Every posting of one board response; bad bodies and bad records become quarantine lines."""

    def quarantine(reason: str, detail: str, bad: Any) -> dict[str, Any]:
        return quarantine_line(
            source=SOURCE,
            board=board,
            url=url,
            reason=reason,
            detail=detail,
            body=bad,
            fetched_at=fetched_at,
            crawl_id=crawl_id,
        )

    data, error = load_json(body)
    if error is not None:
        return ExtractResult(
            errors=[quarantine(error.reason, error.detail, body)], page_failed=True
        )
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        detail = 'expected an object with a "jobs" list'
        return ExtractResult(
            errors=[quarantine("unexpected_shape", detail, body)], page_failed=True
        )
    result = ExtractResult()
    for job in data["jobs"]:
        problem = _job_problem(job)
        if problem:
            result.errors.append(quarantine(*problem, job))
            continue
        posting = _posting(job, board=board, fetched_at=fetched_at, crawl_id=crawl_id)
        result.items.append(posting.to_dict())
    return result


def _job_problem(job: Any) -> tuple[str, str] | None:
    if not isinstance(job, dict):
        return "unexpected_shape", f"a job is a {type(job).__name__}, not an object"
    missing = [name for name in ("id", "title") if not str(job.get(name) or "").strip()]
    if missing:
        return "missing_required", "missing " + ", ".join(missing)
    return None


def _posting(job: dict[str, Any], *, board: str, fetched_at: str, crawl_id: str) -> RawPosting:
    location = _text((job.get("location") or {}).get("name"))
    description_html = unescape(job["content"]) if job.get("content") else None
    salary = _salary(job.get("pay_input_ranges"))
    return RawPosting(
        source=SOURCE,
        source_id=str(job["id"]),
        title=str(job["title"]).strip(),
        board=board,
        url=_text(job.get("absolute_url")),
        company=_text(job.get("company_name")),
        location_raw=location,
        remote_raw=_remote(location, job.get("offices")),
        employment_type_raw=_employment_type(job.get("metadata")),
        department_raw=_names(job.get("departments")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=_salary_text(salary),
        salary_structured=salary,
        posted_at_raw=_text(job.get("first_published")),
        updated_at_raw=_text(job.get("updated_at")),
        fetched_at=fetched_at,
        crawl_id=crawl_id,
        payload=job,
    )


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _remote(location: str | None, offices: Any) -> str | None:
    """The location when it says remote, else the offices that do ("Remote-US", "United States -
    Remote"): boards file remote jobs under such an office and name a city or none."""
    if location and REMOTE.search(location):
        return location
    entries = offices if isinstance(offices, list) else []
    names = [_text(e.get("name")) for e in entries if isinstance(e, dict)]
    return "; ".join(n for n in names if n and REMOTE.search(n)) or None


def _names(entries: Any) -> str | None:
    """Department names joined with ", " (Greenhouse pads some names with spaces)."""
    if not isinstance(entries, list):
        return None
    names = [_text(e.get("name")) for e in entries if isinstance(e, dict)]
    return ", ".join(n for n in names if n) or None


def _employment_type(metadata: Any) -> str | None:
    """Greenhouse has no employment-type field; boards put it in a custom metadata field."""
    for entry in metadata if isinstance(metadata, list) else []:
        if isinstance(entry, dict) and EMPLOYMENT_KEYS.search(str(entry.get("name") or "")):
            value = entry.get("value")
            value = ", ".join(map(str, value)) if isinstance(value, list) else value
            if _text(value):
                return _text(value)
    return None


def _salary(ranges: Any) -> dict[str, Any] | None:
    """The first pay range in currency units (Greenhouse gives cents) and its period."""
    if not isinstance(ranges, list) or not ranges or not isinstance(ranges[0], dict):
        return None
    first = ranges[0]
    low, high = _units(first.get("min_cents")), _units(first.get("max_cents"))
    if low is None and high is None:
        return None
    return {
        "min": low,
        "max": high,
        "currency": _text(first.get("currency_type")),
        "period": _period(first, max(v for v in (low, high) if v is not None)),
    }


def _period(entry: dict[str, Any], top: float) -> str:
    """Greenhouse has no period field: the range's title names it ("Hourly Pay Range"), else
    amounts no salary could be ($44 - $54) are hourly, else annual (the common case)."""
    title = str(entry.get("title") or "").lower()  # not the blurb: it mentions "annual bonus"
    for period, pattern in PERIOD_WORDS:
        if pattern.search(title):
            return period
    return "hour" if top <= HOURLY_MAX else "year"


def _units(cents: Any) -> float | None:
    try:
        return int(cents) / 100 if cents is not None else None
    except (TypeError, ValueError):
        return None


def _salary_text(salary: dict[str, Any] | None) -> str | None:
    """The structured range rendered as text, e.g. "150,000 - 200,000 USD per year"."""
    if salary is None:
        return None
    figures = [
        f"{v:,.2f}".removesuffix(".00") for v in (salary["min"], salary["max"]) if v is not None
    ]
    currency = f" {salary['currency']}" if salary["currency"] else ""
    return f"{' - '.join(figures)}{currency} per {salary['period']}"
