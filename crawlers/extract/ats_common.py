"""Shared parts of the ATS extract functions: body checks, per-record checks, small text helpers."""

from __future__ import annotations

import email.utils
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.json_body import load_json
from jobwatch.crawlers.extract.result import ExtractResult

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from jobwatch.crawlers.extract.page import Page
    from jobwatch.crawlers.items import RawPosting

# A record that breaks its builder in an unforeseen way costs that record, never the page.
RECORD_ERRORS = (AttributeError, KeyError, TypeError, ValueError)


def load_body(body: bytes | str, page: Page, key: str | None) -> tuple[Any, ExtractResult | None]:
    """The parsed body and its record list (`data[key]`, or the body itself when key is None)."""
    data, error = load_json(body)
    if error is not None:
        return None, page.failed(error.reason, error.detail, body)
    records = data if key is None else data.get(key) if isinstance(data, dict) else None
    if not isinstance(records, list):
        expected = "a JSON list" if key is None else f'an object with a "{key}" list'
        return None, page.failed("unexpected_shape", f"expected {expected}", body)
    return data, None


def load_detail(
    body: bytes | str | None, page: Page, pick: Callable[[Any], Any], expected: str
) -> tuple[dict[str, Any] | None, ExtractResult]:
    """A detail body's posting object (`pick` finds it in the parsed body) and a result for the
    posting, holding the body's quarantine line when it is unusable; no body (the detail request
    failed): (None, an empty result)."""
    result = ExtractResult()
    if body is None:
        return None, result
    data, error = load_json(body)
    if error is not None:
        result.errors.append(page.quarantine(error.reason, error.detail, body))
        return None, result
    found = pick(data)
    if not isinstance(found, dict):
        result.errors.append(page.quarantine("unexpected_shape", f"expected {expected}", body))
        return None, result
    return found, result


def detail_posting(
    entry: dict[str, Any],
    detail_body: bytes | str | None,
    page: Page,
    pick: Callable[[Any], Any],
    expected: str,
    build: Callable[[dict[str, Any] | None], RawPosting],
) -> ExtractResult:
    """One posting from its list entry and detail body (None when the detail request failed):
    a broken detail is quarantined and the posting built with what the entry gave."""
    detail, result = load_detail(detail_body, page, pick, expected)
    try:
        result.items.append(build(detail).to_dict())
    except RECORD_ERRORS as exc:
        result.errors.append(page.quarantine("bad_record", f"{type(exc).__name__}: {exc}", entry))
    return result


def record_problem(record: Any, id_key: str, title_key: str) -> tuple[str, str] | None:
    if not isinstance(record, dict):
        return "unexpected_shape", f"a posting is a {type(record).__name__}, not an object"
    missing = [
        name for name, k in (("id", id_key), ("title", title_key)) if not text(record.get(k))
    ]
    return ("missing_required", "missing " + ", ".join(missing)) if missing else None


def build_all(
    records: Iterable[Any],
    page: Page,
    id_key: str,
    title_key: str,
    build: Callable[[dict[str, Any]], RawPosting],
) -> ExtractResult:
    """Postings of every good record; the others quarantined with their reason."""
    result = ExtractResult()
    for record in records:
        problem = record_problem(record, id_key, title_key)
        if problem is None:
            try:
                result.items.append(build(record).to_dict())
                continue
            except RECORD_ERRORS as exc:
                problem = ("bad_record", f"{type(exc).__name__}: {exc}")
        result.errors.append(page.quarantine(*problem, record))
    return result


def obj(value: Any) -> dict[str, Any]:
    """A nested object, or {} when the source sent null or something else."""
    return value if isinstance(value, dict) else {}


def text(value: Any) -> str | None:
    text_value = str(value).strip() if value is not None and value != {} else ""
    return text_value or None


def join_text(values: Iterable[Any], sep: str = "; ") -> str | None:
    """Distinct non-blank values joined, in order."""
    seen = dict.fromkeys(t for t in map(text, values) if t)
    return sep.join(seen) or None


def flag(value: Any, word: str) -> str | None:
    """A boolean flag as remote_raw-style text: True -> word, False -> None."""
    return word if value is True else None


def salary_text(salary: dict[str, Any] | None) -> str | None:
    """A structured range as text, e.g. "150000 - 200000 USD per year" (figures as given)."""
    if not salary:
        return None
    figures = [str(salary[k]) for k in ("min", "max") if salary.get(k) is not None]
    if not figures:
        return None
    currency = f" {salary['currency']}" if salary.get("currency") else ""
    period = str(salary.get("period") or "")
    # Lever's "per-year-salary" and adverbs ("yearly", Personio's and Pinpoint's) read as they are
    if period and not period.lower().startswith("per") and not period.lower().endswith("ly"):
        period = f"per {period}"
    period = f" {period}" if period else ""
    return f"{' - '.join(figures)}{currency}{period}"


def structured(low: Any, high: Any, currency: Any, period: Any) -> dict[str, Any] | None:
    """{min, max, currency, period} as the source states them; None when no figure is given."""
    if text(low) is None and text(high) is None:
        return None
    return {"min": low, "max": high, "currency": text(currency), "period": text(period)}


def rfc822_date(value: Any) -> str | None:
    """An RSS date ("Mon, 02 Nov 2026 09:00:00 GMT") in ISO 8601, which the pipeline reads; None
    when the value is not one."""
    try:
        return email.utils.parsedate_to_datetime(str(value)).isoformat() if text(value) else None
    except (TypeError, ValueError):
        return None
