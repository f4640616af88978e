"""Rippling job boards: the public board API behind `ats.rippling.com/{board}/jobs`.

- List: `GET {base}/platform/api/ats/v1/board/{board}/jobs` -> a JSON list, the whole board, one
  row per (job, work location): `[{uuid, name, url, department: {id, label}, workLocation: {id,
  label}}]`; a job open in two places is two rows with one `uuid`.
- Detail: `GET {base}/platform/api/ats/v1/board/{board}/jobs/{uuid}` -> `{uuid, name, url,
  companyName, description: {role, company} (HTML), workLocations: [...], department: {name,
  base_department}, employmentType: {label: "SALARIED_FT", id: <the employer's words>}, createdOn,
  payRangeDetails: [{location, currency, frequency, rangeStart, rangeEnd, isRemote}]}`.

The list names nothing but the job and its place; description, pay, date and employment type come
with the detail, so a posting whose detail failed keeps its title, place and department.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from jobwatch.crawlers.extract.ats_common import (
    detail_posting,
    join_text,
    load_body,
    obj,
    structured,
    text,
)
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.list_page import ListPage, list_page
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting
from jobwatch.crawlers.platform import SLUG, SLUG_HELP, Endpoint, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import detail_file, route
from jobwatch.crawlers.spiders.list_detail import ListDetailSpider

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "rippling"
UUID = re.compile(r"[A-Za-z0-9-]+")  # a job's id goes into the detail URL's path
# "Remote (United States)", "Hybrid (Toronto, CA)", "On-site (New York, NY)": the mode leads
WORK_MODE = re.compile(r"(Remote|Hybrid|On-?site)\b", re.IGNORECASE)

PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://api.rippling.com",
    endpoints=(
        Endpoint("GET", "/platform/api/ats/v1/board/{board}/jobs", "the whole board"),
        Endpoint("GET", "/platform/api/ats/v1/board/{board}/jobs/", "+ each job's uuid"),
    ),
    token=SLUG,
    token_help=SLUG_HELP + ", as in ats.rippling.com/<board>/jobs",
    example={"company": "1X", "platform": SOURCE, "board": "1x"},
    extraction=Extraction.CALLBACK,  # the list names the details to fetch
    request_budget=20000,  # one detail request per job
    replay=(
        route(r"/platform/api/ats/v1/board/(?P<token>[^/]+)/jobs$"),
        route(r"/platform/api/ats/v1/board/(?P<token>[^/]+)/jobs/(?P<id>[^/]+)$", detail_file),
    ),
    notes="a job listed once per place is one posting with every place; pay, date and "
    "description from one detail per job (a failed detail: board `partial`)",
)


def extract_list(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> ListPage:
    """The board's rows; rows without a name or a usable uuid are quarantined."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    rows, failed = load_body(body, page, None)
    if failed is not None:
        return ListPage(errors=failed.errors, page_failed=True)
    return list_page(rows, page, "uuid", "name", bad_id=_bad_uuid)


def _bad_uuid(uuid: str) -> str | None:
    return None if UUID.fullmatch(uuid) else "is not a job id"


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
        _named,
        "an object with the job's name",
        lambda detail: _posting(row, detail or {}, page, company),
    )


def _named(data: Any) -> Any:
    return data if isinstance(data, dict) and text(data.get("name")) else None


def _posting(
    row: dict[str, Any], detail: dict[str, Any], page: Page, company: str | None
) -> RawPosting:
    uuid = str(row["uuid"]).strip()
    place = text(obj(row.get("workLocation")).get("label"))
    description_html = _description(detail.get("description"))
    bands = [b for b in detail.get("payRangeDetails") or [] if isinstance(b, dict)]
    salary = _pay(bands)
    return RawPosting(
        source=SOURCE,
        source_id=uuid,
        title=str(row["name"]).strip(),
        board=page.board,
        url=text(row.get("url")) or text(detail.get("url")) or _public_url(page.board, uuid),
        company=text(detail.get("companyName")) or company,
        location_raw=place or join_text(detail.get("workLocations") or []),
        remote_raw=_work_mode(place),
        employment_type_raw=_employment_type(detail.get("employmentType")),
        department_raw=text(obj(row.get("department")).get("label"))
        or text(obj(detail.get("department")).get("name")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=join_text(_band_text(b) for b in bands),
        salary_structured=salary,
        posted_at_raw=text(detail.get("createdOn")),
        updated_at_raw=None,
        fetched_at=page.fetched_at,
        crawl_id=page.crawl_id,
        payload={"posting": row, "detail": detail or None},
    )


def _public_url(board: str, uuid: str) -> str:
    return f"https://ats.rippling.com/{quote(board, safe='')}/jobs/{quote(uuid, safe='')}"


def _description(sections: Any) -> str | None:
    """The role first, then the employer's blurb, then any other section, as HTML."""
    if not isinstance(sections, dict):
        return text(sections)
    rest = [v for k, v in sections.items() if k not in ("role", "company")]
    return join_text([sections.get("role"), sections.get("company"), *rest], "\n")


def _work_mode(place: str | None) -> str | None:
    match = WORK_MODE.match(place or "")
    return match.group(1) if match else None


def _employment_type(kind: Any) -> str | None:
    """`label` is Rippling's own code (SALARIED_FT, HOURLY_PT, INTERN...); `id` the employer's
    words, free text: the code is read first, the words when there is none."""
    if isinstance(kind, dict):
        return text(kind.get("label")) or text(kind.get("id"))
    return text(kind)


def _pay(bands: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The span of the bands in the first band's currency and frequency (bands are per place;
    another currency's band is never folded into it; every band stays in salary_raw)."""
    if not bands:
        return None
    unit = (bands[0].get("currency"), bands[0].get("frequency"))
    same = [b for b in bands if (b.get("currency"), b.get("frequency")) == unit]
    lows = [b["rangeStart"] for b in same if b.get("rangeStart") is not None]
    highs = [b["rangeEnd"] for b in same if b.get("rangeEnd") is not None]
    low, high = (min(lows) if lows else None), (max(highs) if highs else None)
    return structured(low, high, unit[0], unit[1])


def _band_text(band: dict[str, Any]) -> str | None:
    figures = [str(band[k]) for k in ("rangeStart", "rangeEnd") if band.get(k) is not None]
    if not figures:
        return None
    words = [" - ".join(figures), text(band.get("currency")), text(band.get("frequency"))]
    where = text(band.get("location"))
    return " ".join(w for w in words if w) + (f" ({where})" if where else "")


class RipplingSpider(ListDetailSpider):
    name = PLATFORM.name
    platform = PLATFORM
    paged = False  # the list is the whole board
    list_extractor = staticmethod(extract_list)
    posting_extractor = staticmethod(extract_posting)

    def posting_key(self, posting: dict[str, Any]) -> str:
        return str(posting["uuid"]).strip()

    def detail_url(self, board: str, posting: dict[str, Any]) -> str:
        return self.board_url(board, 1) + quote(self.posting_key(posting), safe="")
