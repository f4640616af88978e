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

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from scrapy.http import JsonRequest

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
from jobwatch.crawlers.platform import Endpoint, Extra, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import detail_file, offset_paged, route
from jobwatch.crawlers.spiders.list_detail import ListDetailSpider

if TYPE_CHECKING:
    import scrapy

    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "workday"
# A job's path on its site: "/job/<location>/<slug>_<req id>"; nothing that leaves the site.
JOB_PATH = re.compile(r"/job/(?:[^/?#]+/)*[^/?#]+")

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
