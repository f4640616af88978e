"""Oracle Recruiting Cloud: the public Candidate Experience REST API of an `*.oraclecloud.com` host,
behind `https://{host}/hcmUI/CandidateExperience/en/sites/{site}/jobs`.

- List: `GET {base}/hcmRestApi/resources/latest/recruitingCEJobRequisitions?onlyData=true&expand=
  requisitionList.secondaryLocations&finder=findReqs;siteNumber={site},limit=N,offset=M` ->
  `{"items": [{TotalJobsCount, Offset, Limit, requisitionList: [{Id, Title, PostedDate,
  PostingEndDate, ShortDescriptionStr, PrimaryLocation, PrimaryLocationCountry, WorkplaceType,
  WorkplaceTypeCode, JobFamily, JobFunction, secondaryLocations: [{Name, CountryCode}]}]}],
  "count", "hasMore", "limit", "offset"}`: one search row holding the page; paged to
  TotalJobsCount (the top-level `hasMore` only where no count is given).
- Detail: `GET {base}/hcmRestApi/resources/latest/recruitingCEJobRequisitionDetails?expand=all&
  onlyData=true&finder=ById;Id="{id}",siteNumber={site}` -> `{"items": [{Id, Title,
  ExternalDescriptionStr, ExternalResponsibilitiesStr, ExternalQualificationsStr,
  CorporateDescriptionStr, ExternalPostedStartDate, JobSchedule, ContractType, WorkplaceType,
  PrimaryLocation, secondaryLocations, ...}]}`.

The board token is `{host}/{site}`; on a mirror `B` both requests keep their path and query
(`B/hcmRestApi/...`), so the mirror sees the site but not the host. No pay fields: pay in the
text is the pipeline's. The API never names the company: the registry does.
"""

from __future__ import annotations

import json
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
from jobwatch.crawlers.platform import Endpoint, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.list_detail import ListDetailSpider

if TYPE_CHECKING:
    import scrapy

    from jobwatch.crawlers.extract.result import ExtractResult
    from jobwatch.crawlers.replay_routes import Recordings, Route

SOURCE = "oracle"
API = "/hcmRestApi/resources/latest"
LIST_QUERY = "?onlyData=true&expand=requisitionList.secondaryLocations&finder=findReqs;"
JOB_ID = re.compile(r"[A-Za-z0-9_-]+")  # an Id goes into the detail request's finder
# The advert's sections in reading order; the employer's blurb last.
SECTIONS = (
    "ExternalDescriptionStr",
    "ExternalResponsibilitiesStr",
    "ExternalQualificationsStr",
    "CorporateDescriptionStr",
)


def _finder(query: dict[str, str]) -> dict[str, str]:
    """`findReqs;siteNumber=CX,limit=25,offset=0` -> its named values (quotes dropped)."""
    _, _, values = query.get("finder", "").partition(";")
    pairs = (part.partition("=") for part in values.split(",") if "=" in part)
    return {name.strip(): value.strip().strip('"') for name, _, value in pairs}


def replay_list(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """The finder's page of `<site>.json` (one search row holding every requisition)."""
    finder = _finder(query)
    body = rec.read(route.platform, f"{finder.get('siteNumber', '')}.json")
    if body is None:
        return None
    search = json.loads(body)["items"][0]
    offset, limit = _number(finder.get("offset"), 0), _number(finder.get("limit"), 25)
    rows = search["requisitionList"][offset : offset + limit]
    row = search | {"Offset": offset, "Limit": limit, "requisitionList": rows}
    more = offset + limit < len(search["requisitionList"])
    return json.dumps({"items": [row], "count": 1, "hasMore": more, "limit": limit}).encode()


def replay_detail(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """`<site>/<Id>.json`, named by the detail request's finder."""
    finder = _finder(query)
    return rec.read(route.platform, finder.get("siteNumber", ""), f"{finder.get('Id', '')}.json")


def _number(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default


PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://{host}",
    endpoints=(
        Endpoint(
            "GET",
            API + "/recruitingCEJobRequisitions" + LIST_QUERY + "siteNumber={site}",
            "+ limit/offset, paged to TotalJobsCount",
        ),
        Endpoint("GET", API + "/recruitingCEJobRequisitionDetails", "+ each requisition's Id"),
    ),
    token=r"(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.oraclecloud[0-9]*\.[a-z]{2,3})"
    r"/(?P<site>[A-Za-z0-9][A-Za-z0-9_-]*)",
    token_help="host/site of an Oracle Candidate Experience site, e.g. "
    "acme.fa.us2.oraclecloud.com/CX_1 (from .../hcmUI/CandidateExperience/en/sites/CX_1)",
    example={
        "company": "JPMorgan Chase & Co.",
        "platform": SOURCE,
        "board": "jpmc.fa.oraclecloud.com/CX_1001",
    },
    extraction=Extraction.CALLBACK,  # list pages name the details to fetch and the next page
    request_budget=20000,  # one detail request per requisition
    replay=(  # the site, the page and the Id are in the finder, not the path
        route(API + r"/recruitingCEJobRequisitions$", replay_list),
        route(API + r"/recruitingCEJobRequisitionDetails$", replay_detail),
    ),
    settings={"ORACLE_PAGE_SIZE": 25},  # what the Candidate Experience site itself asks for
    notes="paged to `TotalJobsCount`; a requisition's places are its primary and secondary "
    "locations; a failed detail keeps the list's summary, places and date (board `partial`); "
    "hosts on *.oraclecloud.com only (a custom careers domain is not a token)",
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
    match = re.fullmatch(PLATFORM.token, board)
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


class OracleSpider(ListDetailSpider):
    name = PLATFORM.name
    platform = PLATFORM
    page_size_setting = "ORACLE_PAGE_SIZE"
    total_name = "TotalJobsCount"
    list_extractor = staticmethod(extract_list_page)
    posting_extractor = staticmethod(extract_posting)

    def list_request(self, board: str, offset: int) -> scrapy.Request:
        url = f"{self.board_url(board)},limit={self.page_size},offset={offset}"
        return self.page_request(board, url, offset=offset)

    def posting_key(self, posting: dict[str, Any]) -> str:
        return str(posting["Id"]).strip()

    def detail_url(self, board: str, posting: dict[str, Any]) -> str:
        site = quote(PLATFORM.values(board, {})["site"], safe="")
        finder = f"ById;Id=%22{quote(self.posting_key(posting), safe='')}%22,siteNumber={site}"
        return f"{self.board_url(board, 1)}?expand=all&onlyData=true&finder={finder}"
