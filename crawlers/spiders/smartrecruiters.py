"""SmartRecruiters: `GET {base}/v1/companies/{id}/postings?limit=&offset=` paged to the end, then
`GET {base}/v1/companies/{id}/postings/{postingId}` per posting for its description."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote, urlsplit

import scrapy

from jobwatch.crawlers import health
from jobwatch.crawlers.extract.smartrecruiters import ListPage, extract_list_page, extract_posting
from jobwatch.crawlers.platform import SLUG, SLUG_HELP, Endpoint, Extraction, Kind, Platform
from jobwatch.crawlers.records import Quarantine, quarantine_line, utc_now
from jobwatch.crawlers.replay_routes import detail_file, offset_paged, route
from jobwatch.crawlers.spiders.base import AtsSpider
from jobwatch.crawlers.spiders.failures import describe

if TYPE_CHECKING:
    from collections.abc import Iterable

    from scrapy.http import Response
    from twisted.python.failure import Failure

    from jobwatch.crawlers.extract.result import ExtractResult


PLATFORM = Platform(
    name="smartrecruiters",
    kind=Kind.ATS,
    base_url="https://api.smartrecruiters.com",
    endpoints=(
        Endpoint("GET", "/v1/companies/{board}/postings", "?limit=100&offset=N, to `totalFound`"),
        Endpoint("GET", "/v1/companies/{board}/postings/{id}", "one detail per posting"),
    ),
    token=SLUG,
    token_help=SLUG_HELP,
    example={"company": "Visa", "platform": "smartrecruiters", "board": "Visa"},
    extraction=Extraction.CALLBACK,  # list pages name the details to fetch and the next page
    request_budget=20000,  # one detail request per posting
    replay=(
        # <token>/<postingId>.json; the list is one recorded file, paged by the replay server
        route(r"/v1/companies/(?P<token>[^/]+)/postings/(?P<id>[^/]+)$", detail_file),
        route(r"/v1/companies/(?P<token>[^/]+)/postings$", offset_paged()),
    ),
    settings={"SMARTRECRUITERS_PAGE_SIZE": 100},  # the API's maximum `limit`
    notes="paged to `totalFound`; paging that ends early makes the board `partial`; a failed "
    "detail keeps the posting without description (board `partial`)",
)


class SmartRecruitersSpider(AtsSpider):
    """A board is `ok` only when every list page and every detail was read and the distinct
    postings read reach `totalFound`; paging that ends early makes it `partial`, never short."""

    name = PLATFORM.name
    platform = PLATFORM

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.seen: dict[str, set[str]] = {}  # posting ids per board: pages may overlap

    @property
    def page_size(self) -> int:
        return self.settings.getint("SMARTRECRUITERS_PAGE_SIZE", 100)

    def board_requests(self, board: str) -> Iterable[scrapy.Request]:
        yield self.list_request(board, 0)

    def list_request(self, board: str, offset: int) -> scrapy.Request:
        url = f"{self.board_url(board)}?limit={self.page_size}&offset={offset}"
        return self.page_request(board, url)

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        offset = int((parse_qs(urlsplit(url).query).get("offset") or ["0"])[0])
        return extract_list_page(
            body,
            board=board,
            url=url,
            fetched_at=fetched_at,
            crawl_id=self.crawl_id,
            offset=offset,
        )

    def next_requests(self, response: Response, result: ExtractResult) -> Iterable[scrapy.Request]:
        assert isinstance(result, ListPage)
        board = response.meta["board"]
        seen = self.seen.setdefault(board, set())
        for posting in result.postings:
            posting_id = str(posting["id"]).strip()
            if posting_id not in seen:
                seen.add(posting_id)
                yield self.detail_request(board, posting)
        next_offset = result.offset + result.entries
        if result.entries and self._more(result, next_offset):
            yield self.list_request(board, next_offset)
        elif result.total is not None and len(seen) < result.total:
            self._page_done(board, ok=False, error=self._short(result, len(seen)))

    def _more(self, result: ListPage, next_offset: int) -> bool:
        """More pages: before `totalFound`, or (no total given) after every full page."""
        if result.total is not None:
            return next_offset < result.total
        return result.entries >= self.page_size

    @staticmethod
    def _short(result: ListPage, read: int) -> str:
        where = (
            f"an empty page at offset {result.offset}" if not result.entries else "the last page"
        )
        return f"paging ended early ({where}): {read} of totalFound {result.total} postings read"

    def detail_request(self, board: str, posting: dict[str, Any]) -> scrapy.Request:
        url = f"{self.board_url(board)}/{quote(str(posting['id']).strip(), safe='')}"  # endpoint 1
        return scrapy.Request(
            url,
            callback=self.parse_detail,
            errback=self.detail_failed,
            meta={"board": board, "posting": posting},
            dont_filter=True,
        )

    def parse_detail(self, response: Response) -> Iterable[Any]:
        board, posting = response.meta["board"], response.meta["posting"]
        body: bytes | None = response.body
        error = ""
        if "dataloss" in response.flags:  # retries ran out: keep the posting, quarantine the cut
            yield self._detail_quarantine(response.url, board, "truncated", "body cut off", body)
            body, error = None, "truncated body"
        yield from self._posting(board, posting, body, response.url, error)

    def detail_failed(self, failure: Failure) -> Iterable[Any]:
        """The list named the posting, so it is open: kept without a description, board partial."""
        request = failure.request  # type: ignore[attr-defined]
        board, posting = request.meta["board"], request.meta["posting"]
        info = describe(failure.value or Exception("unknown failure"), request, board)
        if info.response is not None:
            detail = f"HTTP {info.response.status}"
            yield self._detail_quarantine(
                request.url, board, "http_error", detail, info.response.body
            )
        yield from self._posting(board, posting, None, request.url, error=info.error.split(";")[0])

    def _posting(
        self, board: str, posting: dict[str, Any], body: bytes | None, url: str, error: str = ""
    ) -> Iterable[Any]:
        result = extract_posting(
            posting, body, board=board, url=url, fetched_at=utc_now(), crawl_id=self.crawl_id
        )
        health.inc(self.crawler.stats, board, "parse_errors", len(result.errors))
        yield from result.items
        yield from (Quarantine(line) for line in result.errors)
        problem = error or (result.errors[0]["reason"] if result.errors else "")
        if problem:
            self._page_done(board, ok=False, error=f"posting {posting['id']} detail: {problem}")
        else:
            self._page_done(board, ok=True)

    def _detail_quarantine(
        self, url: str, board: str, reason: str, detail: str, body: Any
    ) -> Quarantine:
        return Quarantine(
            quarantine_line(
                source=self.name,
                board=board,
                url=url,
                reason=reason,
                detail=detail,
                body=body,
                fetched_at=utc_now(),
                crawl_id=self.crawl_id,
            )
        )
