"""BambooHR career sites: the JSON behind `{tenant}.bamboohr.com/careers`.

- List: `GET {base}/careers/list` -> `{"meta": {"totalCount": N}, "result": [{id, jobOpeningName,
  departmentId, departmentLabel, employmentStatusLabel, location: {city, state},
  atsLocation: {country, state, province, city}, isRemote, locationType}]}`, the whole board.
- Detail: `GET {base}/careers/{id}/detail` -> `{"result": {"jobOpening": {jobOpeningName,
  jobOpeningStatus, jobOpeningShareUrl, departmentLabel, employmentStatusLabel, description (HTML),
  compensation (the employer's words), datePosted, minimumExperience, location: {city, state,
  postalCode, addressCountry}, atsLocation, isRemote, locationType}}}`.

`locationType` is "0" on site, "1" remote, "2" hybrid; a remote job often names no office, only
the area it is open to (`atsLocation`). The API never names the company: the registry does. On a
mirror `B` the tenant is the first path segment: `B/{tenant}/careers/list`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from jobwatch.crawlers.extract.ats_common import (
    detail_posting,
    flag,
    join_text,
    load_body,
    obj,
    text,
)
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.list_page import ListPage, list_page
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting
from jobwatch.crawlers.platform import Endpoint, Extraction, Kind, Mirror, Platform
from jobwatch.crawlers.replay_routes import detail_file, route
from jobwatch.crawlers.spiders.list_detail import ListDetailSpider

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "bamboohr"
WORK_MODES = {"0": "On-site", "1": "Remote", "2": "Hybrid"}  # locationType, in words

PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://{board}.bamboohr.com",
    endpoints=(
        Endpoint("GET", "/careers/list", "the whole board"),
        Endpoint("GET", "/careers/", "+ each job's {id}/detail"),
    ),
    token=r"[A-Za-z0-9][A-Za-z0-9-]*",  # a host name label
    token_help="letters, digits and '-' (a host name), starting with a letter or digit",
    example={"company": "Nexthop AI", "platform": SOURCE, "board": "nexthopai"},
    extraction=Extraction.CALLBACK,  # the list names the details to fetch
    request_budget=20000,  # one detail request per job
    mirror=Mirror.COMPANY,
    replay=(
        route(r"/(?P<token>[^/]+)/careers/list$"),
        route(r"/(?P<token>[^/]+)/careers/(?P<id>[^/]+)/detail$", detail_file),
    ),
    notes="on a mirror the tenant is the first path segment: `{base}/{board}/careers/list`; "
    "description, pay (the employer's words), date and work mode from one detail per job "
    "(a failed detail keeps the list's title, place and department; board `partial`)",
)


def extract_list(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> ListPage:
    """The board's jobs and its stated `totalCount`; jobs without a name or a numeric id are
    quarantined."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, "result")
    if failed is not None:
        return ListPage(errors=failed.errors, page_failed=True)
    total = obj(data.get("meta")).get("totalCount")
    total = total if isinstance(total, int) and not isinstance(total, bool) else None
    return list_page(data["result"], page, "id", "jobOpeningName", bad_id=_bad_id, total=total)


def _bad_id(job_id: str) -> str | None:
    return None if job_id.isdecimal() and job_id.isascii() else "is not a job id"


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
    """One posting from its list row and the job's detail body (None when the detail failed);
    a broken detail is quarantined and the posting kept with what the row gave."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    return detail_posting(
        row,
        detail_body,
        page,
        _job_opening,
        'a "result.jobOpening" object',
        lambda detail: _posting(row, detail or {}, page, company),
    )


def _job_opening(data: Any) -> Any:
    return obj(obj(data).get("result")).get("jobOpening")


def _posting(
    row: dict[str, Any], detail: dict[str, Any], page: Page, company: str | None
) -> RawPosting:
    job_id = str(row["id"]).strip()
    description_html = text(detail.get("description"))
    return RawPosting(
        **page.stamp(),
        source_id=job_id,
        title=str(row["jobOpeningName"]).strip(),
        url=text(detail.get("jobOpeningShareUrl")) or _public_url(page.board, job_id),
        company=company,
        location_raw=_location(row, detail),
        remote_raw=_work_mode(detail) or _work_mode(row),
        employment_type_raw=text(detail.get("employmentStatusLabel"))
        or text(row.get("employmentStatusLabel")),
        department_raw=text(detail.get("departmentLabel")) or text(row.get("departmentLabel")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=text(detail.get("compensation")),  # free text: the pipeline parses it
        salary_structured=None,
        posted_at_raw=text(detail.get("datePosted")),
        payload={"posting": row, "detail": detail or None},
    )


def _public_url(tenant: str, job_id: str) -> str:
    return f"https://{quote(tenant, safe='')}.bamboohr.com/careers/{quote(job_id, safe='')}"


def _location(row: dict[str, Any], detail: dict[str, Any]) -> str | None:
    """The row's place (a job listed once per place keeps each), in the detail's fuller form
    (with its country) when the detail names the same place."""
    listed, full = _place(row), _place(detail)
    if listed and full and not full.startswith(listed):
        return listed
    return full or listed


def _place(job: dict[str, Any]) -> str | None:
    """The office (`location`), else the area a job is open to (`atsLocation`)."""
    office = obj(job.get("location"))
    area = obj(job.get("atsLocation"))
    return join_text(
        [office.get("city"), office.get("state"), office.get("addressCountry")], ", "
    ) or join_text(
        [area.get("city"), area.get("state") or area.get("province"), area.get("country")], ", "
    )


def _work_mode(job: dict[str, Any]) -> str | None:
    """`locationType` in words; `isRemote: true` (older boards) is remote."""
    mode = WORK_MODES.get(str(job.get("locationType")).strip())
    return mode or flag(job.get("isRemote"), "Remote")


class BambooHRSpider(ListDetailSpider):
    name = PLATFORM.name
    platform = PLATFORM
    paged = False  # the list is the whole board
    total_name = "totalCount"
    list_extractor = staticmethod(extract_list)
    posting_extractor = staticmethod(extract_posting)

    def posting_key(self, posting: dict[str, Any]) -> str:
        return str(posting["id"]).strip()

    def detail_url(self, board: str, posting: dict[str, Any]) -> str:
        return self.board_url(board, 1) + quote(self.posting_key(posting), safe="") + "/detail"
