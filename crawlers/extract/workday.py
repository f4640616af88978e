"""Workday career sites: list pages and posting details to raw postings."""

from __future__ import annotations

import re
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

SOURCE = "workday"
# A job's path on its site: "/job/<location>/<slug>_<req id>"; nothing that leaves the site.
JOB_PATH = re.compile(r"/job/(?:[^/?#]+/)*[^/?#]+")


def extract_list_page(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> ListPage:
    """One page of `jobPostings`; entries without a title or a job path are quarantined."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, "jobPostings")
    if failed is not None:
        return ListPage(errors=failed.errors, page_failed=True)
    entries = data["jobPostings"]
    total = _total(data.get("total"), entries)
    return list_page(entries, page, "externalPath", "title", bad_id=_bad_path, total=total)


def _bad_path(path: str) -> str | None:
    if not JOB_PATH.fullmatch(path):
        return "is not a job path"
    return "leaves the site" if ".." in path.split("/") else None


def _total(value: Any, entries: list[Any]) -> int | None:
    """The stated total; 0 beside postings (a later page's) is no total at all."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        return None
    return value if value or not entries else None


def extract_posting(
    summary: dict[str, Any],
    detail_body: bytes | str | None,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
    public_url: str | None = None,
) -> ExtractResult:
    """One posting from its list entry and detail body (None when the detail failed); a broken
    detail body is quarantined and the posting kept with what the list gave."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    return detail_posting(
        summary,
        detail_body,
        page,
        _with_info,
        'an object with a "jobPostingInfo" object',
        lambda detail: _posting(summary, detail, page, company, public_url),
    )


def _with_info(data: Any) -> Any:
    """The detail body itself, when it holds the posting's `jobPostingInfo`."""
    return data if isinstance(data, dict) and isinstance(data.get("jobPostingInfo"), dict) else None


def _posting(
    summary: dict[str, Any],
    detail: dict[str, Any] | None,
    page: Page,
    company: str | None,
    public_url: str | None,
) -> RawPosting:
    info = obj((detail or {}).get("jobPostingInfo"))
    description_html = text(info.get("jobDescription"))
    places = [info.get("location"), *(info.get("additionalLocations") or [])]
    return RawPosting(
        source=SOURCE,
        source_id=str(summary["externalPath"]).strip(),
        title=str(summary["title"]).strip(),
        board=page.board,
        url=text(info.get("externalUrl")) or public_url,
        company=text(obj((detail or {}).get("hiringOrganization")).get("name")) or company,
        location_raw=join_text(places) or text(summary.get("locationsText")),
        remote_raw=text(info.get("remoteType")) or text(summary.get("remoteType")),
        employment_type_raw=text(info.get("timeType")),
        department_raw=None,  # the public API names no department
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=None,  # no pay fields; pay in the text is the pipeline's job
        salary_structured=None,
        posted_at_raw=text(info.get("startDate")) or text(summary.get("postedOn")),
        updated_at_raw=None,
        fetched_at=page.fetched_at,
        crawl_id=page.crawl_id,
        payload={"posting": summary, "detail": detail},
    )
