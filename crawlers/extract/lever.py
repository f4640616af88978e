"""Lever postings API body (`/v0/postings/{site}?mode=json`, a JSON list) -> RawPosting dicts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.ats_common import (
    build_all,
    join_text,
    load_body,
    salary_text,
    structured,
    text,
)
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "lever"


def extract_postings(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> ExtractResult:
    """Every posting of one Lever site; bad bodies and bad records become quarantine lines.
    Lever's API never names the company: `company` is the registry's name for the board."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, None)
    if failed is not None:
        return failed
    return build_all(data, page, "id", "text", lambda p: _posting(p, page, company))


def _posting(posting: dict[str, Any], page: Page, company: str | None) -> RawPosting:
    categories = posting.get("categories") or {}
    salary = _salary(posting.get("salaryRange"))
    description_html = _full_html(posting)
    workplace = text(posting.get("workplaceType"))
    return RawPosting(
        source=SOURCE,
        source_id=str(posting["id"]).strip(),
        title=str(posting["text"]).strip(),
        board=page.board,
        url=text(posting.get("hostedUrl")),
        company=company,
        location_raw=_locations(categories),
        remote_raw=workplace if workplace and workplace.lower() != "unspecified" else None,
        employment_type_raw=text(categories.get("commitment")),
        department_raw=join_text([categories.get("department"), categories.get("team")], " / "),
        description_html=description_html,
        description_text=_full_text(posting) or html_to_text(description_html),
        salary_raw=text(posting.get("salaryDescriptionPlain")) or salary_text(salary),
        salary_structured=salary,
        posted_at_raw=text(posting.get("createdAt")),
        updated_at_raw=text(posting.get("updatedAt")),
        fetched_at=page.fetched_at,
        crawl_id=page.crawl_id,
        payload=posting,
    )


def _locations(categories: dict[str, Any]) -> str | None:
    """The primary location first, then the other listed locations."""
    others = categories.get("allLocations")
    return join_text([categories.get("location"), *(others if isinstance(others, list) else [])])


def _salary(salary: Any) -> dict[str, Any] | None:
    """`salaryRange {min, max, currency, interval}`; interval kept as stated ("per-year-salary")."""
    if not isinstance(salary, dict):
        return None
    return structured(
        salary.get("min"), salary.get("max"), salary.get("currency"), salary.get("interval")
    )


def _lists(posting: dict[str, Any]) -> list[dict[str, Any]]:
    lists = posting.get("lists")
    return [e for e in lists if isinstance(e, dict)] if isinstance(lists, list) else []


def _full_html(posting: dict[str, Any]) -> str | None:
    """The page as Lever renders it: description, each list as a heading + <ul>, additional."""
    parts = [text(posting.get("description"))]
    for entry in _lists(posting):
        heading, content = text(entry.get("text")), text(entry.get("content"))
        parts += [
            f"<h3>{heading}</h3>" if heading else None,
            f"<ul>{content}</ul>" if content else None,
        ]
    parts.append(text(posting.get("additional")))
    return "\n".join(p for p in parts if p) or None


def _full_text(posting: dict[str, Any]) -> str | None:
    """Lever's own plain texts where given; the lists (HTML only) are converted."""
    plain = text(posting.get("descriptionPlain"))
    if plain is None:
        return None
    parts: list[str | None] = [plain]
    for entry in _lists(posting):
        parts += [text(entry.get("text")), html_to_text(text(entry.get("content")))]
    parts.append(text(posting.get("additionalPlain")))
    return "\n".join(p for p in parts if p)
