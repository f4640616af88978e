"""Oracle Recruiting Cloud: list pages and requisition details to raw postings."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

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

SOURCE = "oracle"
# The board token: host/site of a Candidate Experience site on *.oraclecloud.com.
TOKEN = (
    r"(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.oraclecloud[0-9]*\.[a-z]{2,3})"
    r"/(?P<site>[A-Za-z0-9][A-Za-z0-9_-]*)"
)
JOB_ID = re.compile(r"[A-Za-z0-9_-]+")  # an Id goes into the detail request's finder
# The advert's sections in reading order; the employer's blurb last.
SECTIONS = (
    "ExternalDescriptionStr",
    "ExternalResponsibilitiesStr",
    "ExternalQualificationsStr",
    "CorporateDescriptionStr",
)


def extract_list_page(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> ListPage:
    """One page of requisitions (the search row's `requisitionList`) and the stated total."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, "items")
    if failed is not None:
        return ListPage(errors=failed.errors, page_failed=True)
    search = data["items"][0] if data["items"] else {"requisitionList": []}
    if not isinstance(search, dict) or not isinstance(search.get("requisitionList"), list):
        expected = 'expected a search row with a "requisitionList" list'
        return ListPage(
            errors=page.failed("unexpected_shape", expected, body).errors, page_failed=True
        )
    has_more = data.get("hasMore") if isinstance(data.get("hasMore"), bool) else None
    return list_page(
        search["requisitionList"],
        page,
        "Id",
        "Title",
        bad_id=lambda job_id: None if JOB_ID.fullmatch(job_id) else "is not a requisition id",
        total=_count(search.get("TotalJobsCount")),
        has_more=has_more,
    )


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def extract_posting(
    row: dict[str, Any],
    detail_body: bytes | str | None,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> ExtractResult:
    """One posting from its list row and the requisition's detail body (None when the detail
    failed); a broken detail is quarantined and the posting kept with what the row gave."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    return detail_posting(
        row,
        detail_body,
        page,
        _detail_item,
        'an object with an "items" list holding the requisition',
        lambda detail: _posting(row, detail or {}, page, company),
    )


def _detail_item(data: Any) -> Any:
    items = obj(data).get("items")
    return items[0] if isinstance(items, list) and items else None


def _posting(
    row: dict[str, Any], detail: dict[str, Any], page: Page, company: str | None
) -> RawPosting:
    job_id = str(row["Id"]).strip()
    description_html = join_text((detail.get(k) for k in SECTIONS), "\n") or text(
        row.get("ShortDescriptionStr")
    )
    return RawPosting(
        **page.stamp(),
        source_id=job_id,
        title=str(row["Title"]).strip(),
        url=_public_url(page.board, job_id),
        company=company,
        location_raw=_places(row) or _places(detail),  # the row's: a job listed per place
        remote_raw=_work_mode(detail) or _work_mode(row),
        employment_type_raw=text(detail.get("JobSchedule")) or text(detail.get("ContractType")),
        department_raw=text(row.get("JobFamily")) or text(row.get("JobFunction")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=None,  # no pay fields; pay in the text is the pipeline's job
        salary_structured=None,
        posted_at_raw=text(detail.get("ExternalPostedStartDate")) or text(row.get("PostedDate")),
        payload={"posting": row, "detail": detail or None},
    )


def _public_url(board: str, job_id: str) -> str | None:
    match = re.fullmatch(TOKEN, board)
    if match is None:
        return None
    host, site = match["host"], quote(match["site"], safe="")
    return f"https://{host}/hcmUI/CandidateExperience/en/sites/{site}/job/{quote(job_id, safe='')}"


def _places(job: dict[str, Any]) -> str | None:
    """The primary location, then the secondary ones."""
    others = [obj(place).get("Name") for place in job.get("secondaryLocations") or []]
    return join_text([job.get("PrimaryLocation"), *others])


def _work_mode(job: dict[str, Any]) -> str | None:
    """`WorkplaceType` in words, else its code in words (`ORA_HYBRID` -> `ORA HYBRID`)."""
    code = text(job.get("WorkplaceTypeCode"))
    return text(job.get("WorkplaceType")) or (code.replace("_", " ") if code else None)
