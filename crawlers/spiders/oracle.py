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
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from jobwatch.crawlers.extract.oracle import SOURCE, TOKEN, extract_list_page, extract_posting
from jobwatch.crawlers.platform import Endpoint, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.list_detail import ListDetailSpider

if TYPE_CHECKING:
    import re

    import scrapy

    from jobwatch.crawlers.replay_routes import Recordings, Route

__all__ = ["PLATFORM", "OracleSpider", "extract_list_page", "extract_posting"]

API = "/hcmRestApi/resources/latest"
LIST_QUERY = "?onlyData=true&expand=requisitionList.secondaryLocations&finder=findReqs;"


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
    token=TOKEN,
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
