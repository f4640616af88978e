"""SmartRecruiters: a postings list page (limit/offset) and one posting's detail -> RawPosting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.ats_common import (
    detail_posting,
    join_text,
    load_body,
    obj,
    text,
)
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.list_page import ListPage, list_page
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "smartrecruiters"
PUBLIC_URL = "https://jobs.smartrecruiters.com/{company}/{id}"


def extract_list_page(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str, offset: int = 0
) -> ListPage:
    """`{"offset", "limit", "totalFound", "content": [...]}`; bad entries are quarantined."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, "content")
    if failed is not None:
        return ListPage(errors=failed.errors, page_failed=True, offset=offset)
    total = data.get("totalFound")
    return list_page(
        data["content"],
        page,
        "id",
        "name",
        total=total if isinstance(total, int) and not isinstance(total, bool) else None,
        offset=_int(data.get("offset"), offset),
    )


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def extract_posting(
    summary: dict[str, Any],
    detail_body: bytes | str | None,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
) -> ExtractResult:
    """One posting from its list entry and its detail body (None when the detail failed).
    A broken detail body is quarantined and the posting kept without a description."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    return detail_posting(
        summary,
        detail_body,
        page,
        lambda data: data,
        "a posting object",
        lambda detail: _posting(summary, detail, page),
    )


def _posting(summary: dict[str, Any], detail: dict[str, Any] | None, page: Page) -> RawPosting:
    merged = {**summary, **(detail or {})}
    location, company = obj(merged.get("location")), obj(merged.get("company"))
    description_html = _sections_html(detail)
    return RawPosting(
        source=SOURCE,
        source_id=str(summary["id"]).strip(),
        title=str(summary["name"]).strip(),
        board=page.board,
        url=text(merged.get("postingUrl")) or _public_url(company, summary, page.board),
        company=text(company.get("name")),
        location_raw=text(location.get("fullLocation"))
        or join_text([location.get("city"), location.get("region"), location.get("country")], ", "),
        remote_raw=_work_mode(location),
        employment_type_raw=_label(merged.get("typeOfEmployment")),
        department_raw=_label(merged.get("department")) or _label(merged.get("function")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=None,  # the public API has no pay fields; pay in the text is the pipeline's job
        salary_structured=None,
        posted_at_raw=text(merged.get("releasedDate")),
        updated_at_raw=None,
        fetched_at=page.fetched_at,
        crawl_id=page.crawl_id,
        payload={"posting": summary, "detail": detail},
    )


def _label(value: Any) -> str | None:
    return text(value.get("label")) if isinstance(value, dict) else None


def _work_mode(location: dict[str, Any]) -> str | None:
    if location.get("remote") is True:
        return "Remote"
    return "Hybrid" if location.get("hybrid") is True else None


def _public_url(company: dict[str, Any], summary: dict[str, Any], board: str) -> str:
    identifier = text(company.get("identifier")) or board
    return PUBLIC_URL.format(company=identifier, id=str(summary["id"]).strip())


def _sections_html(detail: dict[str, Any] | None) -> str | None:
    """`jobAd.sections` in page order, each as a heading and its HTML (empty sections left out)."""
    job_ad = (detail or {}).get("jobAd")
    sections = job_ad.get("sections") if isinstance(job_ad, dict) else None
    if not isinstance(sections, dict):
        return None
    parts = []
    for section in sections.values():
        if isinstance(section, dict) and text(section.get("text")):
            title = text(section.get("title"))
            parts += [f"<h3>{title}</h3>" if title else "", str(section["text"]).strip()]
    return "\n".join(p for p in parts if p) or None
