"""iCIMS career sites built on Jibe (iCIMS's career-site front end): the public JSON search API of
`{host}`, an employer's own careers host (careers.mcafee.com) or `{company}.jibeapply.com`.

`GET {base}/api/jobs?page=N&limit=L` -> `{"jobs": [{"data": {slug, req_id, title, description,
responsibilities?, qualifications?, full_location, city, state, country, employment_type
(schema.org: FULL_TIME...), department, hiring_organization, salary_min_value, salary_max_value,
salary_currency (often ""), salary_frequency, posted_date ("2026-07-27T23:39:00+0000"),
update_date, apply_url (the iCIMS application)}}], "totalCount": N, "meta_data": false}`, pages
numbered from 1. A totalCount equal to the page size may be a per-page count, so a full page of
that size asks once more. A 0 pay bound is unstated.

The board token is the career site's host; on a mirror `B` it is the first path segment:
`B/{host}/api/jobs?page=N&limit=L`. Classic `careers-{company}.icims.com` portals have no public
JSON or XML endpoint (their job pages carry JSON-LD, which the `jsonld` source reads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from jobwatch.crawlers.extract.ats_common import (
    build_all,
    join_text,
    load_body,
    obj,
    salary_text,
    structured,
    text,
)
from jobwatch.crawlers.extract.board_common import PagedResult
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting
from jobwatch.crawlers.platform import Endpoint, Extraction, Kind, Mirror, Platform
from jobwatch.crawlers.replay_routes import numbered_pages, route
from jobwatch.crawlers.spiders.paged import NextLinkSpider
from jobwatch.crawlers.spiders.registry import RegistrySpider

if TYPE_CHECKING:
    from collections.abc import Iterable

    import scrapy

SOURCE = "jibe"
SECTIONS = ("description", "responsibilities", "qualifications")


def extract_page(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> PagedResult:
    """Every job of one page, and the next page's query while there may be one."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, "jobs")
    if failed is not None:
        return PagedResult(errors=failed.errors, page_failed=True)
    jobs = [obj(job).get("data", job) for job in data["jobs"]]
    built = build_all(jobs, page, "req_id", "title", lambda j: _posting(j, page, company))
    next_url = _next_page(url, len(jobs), data.get("totalCount"))
    return PagedResult(items=built.items, errors=built.errors, next_url=next_url)


def _next_page(url: str, entries: int, total: Any) -> str | None:
    """`?page=N+1&limit=L` after a full page, unless the stated total was reached (a total of
    exactly one page may be a per-page count: one more page is asked)."""
    query = dict(parse_qsl(urlsplit(url).query))
    number, limit = int(query.get("page") or 1), int(query.get("limit") or 10)
    stated = isinstance(total, int) and not isinstance(total, bool) and total != limit
    if entries < limit or (stated and number * limit >= total):
        return None
    return "?" + urlencode(query | {"page": number + 1, "limit": limit})


def _posting(job: dict[str, Any], page: Page, company: str | None) -> RawPosting:
    description_html = join_text((job.get(k) for k in SECTIONS), "\n")
    salary = _salary(job)
    slug = text(job.get("slug"))
    return RawPosting(
        **page.stamp(),
        source_id=str(job["req_id"]).strip(),
        title=str(job["title"]).strip(),
        url=f"https://{page.board}/jobs/{quote(slug, safe='')}"
        if slug
        else text(job.get("apply_url")),
        company=text(job.get("hiring_organization")) or company,
        location_raw=text(job.get("full_location"))
        or join_text([job.get("city"), job.get("state"), job.get("country")], ", "),
        remote_raw=None,  # no flag: the place and the text say it
        employment_type_raw=text(job.get("employment_type")),
        department_raw=text(job.get("department")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=salary_text(salary),
        salary_structured=salary,
        posted_at_raw=text(job.get("posted_date")),
        updated_at_raw=text(job.get("update_date")),
        payload=job,
    )


def _salary(job: dict[str, Any]) -> dict[str, Any] | None:
    """The stated range; a bound of 0 is no bound, a blank currency no currency."""
    low, high = (job.get(k) or None for k in ("salary_min_value", "salary_max_value"))
    return structured(low, high, text(job.get("salary_currency")), job.get("salary_frequency"))


PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://{board}",
    endpoints=(Endpoint("GET", "/api/jobs", "?page=N&limit=L, to totalCount or a short page"),),
    token=r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+",
    token_help="the career site's host in lower case, e.g. careers.mcafee.com or "
    "acme.jibeapply.com",
    example={"company": "McAfee", "platform": SOURCE, "board": "careers.mcafee.com"},
    extraction=Extraction.CALLBACK,  # each page says whether another follows
    request_budget=2000,
    mirror=Mirror.COMPANY,
    replay=(route(r"/(?P<token>[^/]+)/api/jobs$", numbered_pages),),  # <token>/page-N.json
    settings={"JIBE_PAGE_SIZE": 100},
    notes="iCIMS career sites on Jibe; board: the site's host; on a mirror "
    "`{base}/{board}/api/jobs`; pay where the board states it (0 is unstated); a page that "
    "fails ends the paging and the board is `partial`",
)


class JibeSpider(NextLinkSpider, RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM

    def board_requests(self, board: str) -> Iterable[scrapy.Request]:
        limit = self.settings.getint("JIBE_PAGE_SIZE")
        yield self.page_request(board, f"{self.board_url(board)}?page=1&limit={limit}")

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> PagedResult:
        return extract_page(
            body,
            board=board,
            url=url,
            fetched_at=fetched_at,
            crawl_id=self.crawl_id,
            **self.page_meta(board),
        )

    def next_page_url(self, board: str, next_url: str) -> str:
        """The next page's query on the board's own URL (a mirror puts the host in the path)."""
        return self.board_url(board) + next_url
