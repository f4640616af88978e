"""Helpers shared by the job-board extractors: the page context, quarantine lines, field cleanup."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.json_body import load_json
from jobwatch.crawlers.extract.result import ExtractResult

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.page import Page


@dataclass
class PagedResult(ExtractResult):
    """An extract result that also names the board's next page (None: this was the last)."""

    next_url: str | None = None
    notes: dict[str, Any] = field(default_factory=dict)


def load_page(body: bytes | str, page: Page) -> tuple[Any, ExtractResult | None]:
    """(parsed JSON, None) or (None, a failed result with the body quarantined)."""
    data, error = load_json(body)
    if error is not None:
        return None, page.failed(error.reason, error.detail, body)
    return data, None


def text(value: Any) -> str | None:
    """A stripped string, or None for null/blank (numbers are kept as their text)."""
    if value is None or isinstance(value, dict | list):
        return None
    cleaned = str(value).strip()
    return cleaned or None


def required_problem(record: Any, id_key: str, title_key: str) -> tuple[str, str] | None:
    """Why a record cannot become a posting (not an object, no id, no title), or None."""
    if not isinstance(record, dict):
        return "unexpected_shape", f"a posting is a {type(record).__name__}, not an object"
    missing = [
        name
        for name, key in (("id", id_key), ("title", title_key))
        if text(record.get(key)) is None
    ]
    if missing:
        return "missing_required", "missing " + ", ".join(missing)
    return None


def salary_text(salary: dict[str, Any] | None) -> str | None:
    """A structured range as text, e.g. "120,000 - 150,000 USD per year"."""
    if salary is None:
        return None
    figures = [
        f"{v:,.2f}".removesuffix(".00")
        for v in (salary.get("min"), salary.get("max"))
        if isinstance(v, int | float)
    ]
    if not figures:
        return None
    currency = f" {salary['currency']}" if salary.get("currency") else ""
    period = f" per {salary['period']}" if salary.get("period") else ""
    return f"{' - '.join(figures)}{currency}{period}"


def joined(values: Any) -> str | None:
    """A list of strings joined with ", " (a plain string is kept)."""
    if isinstance(values, list):
        return ", ".join(t for v in values if (t := text(v))) or None
    return text(values)
