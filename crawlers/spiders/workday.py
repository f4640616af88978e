"""Workday career sites: the public CXS API behind `{tenant}.{host}.myworkdayjobs.com/{site}`.

- List: `POST {base}/wday/cxs/{tenant}/{site}/jobs` with JSON
  `{"appliedFacets": {}, "limit": 20, "offset": N, "searchText": ""}` (20 is the API's maximum)
  -> `{"total": N, "jobPostings": [{title, externalPath, locationsText, postedOn, bulletFields,
  remoteType?}], "facets": [...]}`; the total is stated on the first page only (0 on later ones).
- Detail: `GET {base}/wday/cxs/{tenant}/{site}{externalPath}` -> `{"jobPostingInfo": {title,
  jobDescription (HTML), location, additionalLocations, timeType, remoteType, jobReqId,
  startDate, externalUrl, ...}, "hiringOrganization": {name}}`.

The board token is `{tenant}/{site}`; the registry row names the data centre (`host: wd5`). On a
mirror `B` the list is `B/wday/cxs/{tenant}/{site}/jobs` and no host is needed. The source id is
the posting's `externalPath`, which the list gives, so a posting whose detail failed keeps its id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from scrapy.http import JsonRequest

from jobwatch.crawlers.extract.workday import SOURCE, extract_list_page, extract_posting
from jobwatch.crawlers.platform import Endpoint, Extra, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import detail_file, offset_paged, route
from jobwatch.crawlers.spiders.list_detail import ListDetailSpider

if TYPE_CHECKING:
    import scrapy

__all__ = ["PLATFORM", "WorkdaySpider", "extract_list_page", "extract_posting"]

PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://{tenant}.{host}.myworkdayjobs.com",
    endpoints=(
        Endpoint("POST", "/wday/cxs/{tenant}/{site}/jobs", "JSON limit/offset, paged to `total`"),
        Endpoint("GET", "/wday/cxs/{tenant}/{site}", "+ each posting's externalPath"),
    ),
    token=r"(?P<tenant>[A-Za-z0-9][A-Za-z0-9-]*)/(?P<site>[A-Za-z0-9][A-Za-z0-9_-]*)",
    token_help="{tenant}/{site} as in tenant.wd5.myworkdayjobs.com/site, e.g. acme/External",
    extras=(
        Extra(
            "host",
            # the public lists show wd1, wd3, wd5, wd10, wd12, wd102-wd108 and wd501-wd503
            "the data centre of the board's host: wdN, e.g. wd1, wd5, wd103, wd501",
            pattern=r"wd[1-9][0-9]{0,2}",
            required=True,
            casefold=True,
        ),
    ),
    example={
        "company": "NVIDIA",
        "platform": SOURCE,
        "board": "nvidia/NVIDIAExternalCareerSite",
        "host": "wd5",
    },
    extraction=Extraction.CALLBACK,  # list pages name the details to fetch and the next page
    request_budget=20000,  # one detail request per posting
    replay=(
        # <tenant>/<site>.json holds the whole list; the replay server pages it like Workday
        route(
            r"/wday/cxs/(?P<token>[^/]+/[^/]+)/jobs$",
            offset_paged("jobPostings", "total", 20, total_on_first_page_only=True),
            method="POST",
        ),
        route(r"/wday/cxs/(?P<token>[^/]+/[^/]+)/(?P<id>job/.+)$", detail_file),
    ),
    settings={"WORKDAY_PAGE_SIZE": 20},  # the API's maximum `limit`
    notes="paged to `total` (stated on the first page); a failed detail keeps the posting "
    "without description (board `partial`); the source id is the posting's `externalPath`",
)


class WorkdaySpider(ListDetailSpider):
    name = PLATFORM.name
    platform = PLATFORM
    page_size_setting = "WORKDAY_PAGE_SIZE"
    total_name = "total"
    list_extractor = staticmethod(extract_list_page)
    posting_extractor = staticmethod(extract_posting)

    def list_request(self, board: str, offset: int) -> scrapy.Request:
        search = {"appliedFacets": {}, "limit": self.page_size, "offset": offset, "searchText": ""}
        return JsonRequest(
            self.board_url(board),
            data=search,
            callback=self.parse_page,
            errback=self.page_failed,
            meta={"board": board, "offset": offset},
            dont_filter=True,
        )

    def posting_key(self, posting: dict[str, Any]) -> str:
        return str(posting["externalPath"]).strip()

    def detail_url(self, board: str, posting: dict[str, Any]) -> str:
        return self.board_url(board, 1) + quote(self.posting_key(posting), safe="/")

    def posting_meta(self, board: str, posting: dict[str, Any]) -> dict[str, Any]:
        return super().posting_meta(board, posting) | {
            "public_url": self.public_url(board, posting)
        }

    def public_url(self, board: str, posting: dict[str, Any]) -> str | None:
        """The posting's page on the real site, when the registry names its host."""
        extras = self.extras_of(board)
        if "host" not in extras or PLATFORM.base_url is None:
            return None
        values = {k: quote(v, safe="") for k, v in PLATFORM.values(board, extras).items()}
        site = PLATFORM.base_url.format_map(values) + "/" + values["site"]
        return site + quote(self.posting_key(posting), safe="/")
