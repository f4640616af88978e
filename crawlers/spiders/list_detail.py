"""ListDetailSpider: a board's list paged by offset to its stated total, then one detail request
per posting (SmartRecruiters, Workday). A detail that fails keeps what the list gave."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import scrapy

from jobwatch.crawlers import health
from jobwatch.crawlers.extract.list_page import ListPage
from jobwatch.crawlers.records import Quarantine, quarantine_line, utc_now
from jobwatch.crawlers.spiders.base import AtsSpider
from jobwatch.crawlers.spiders.failures import describe

if TYPE_CHECKING:
    from collections.abc import Iterable

    from scrapy.http import Response
    from twisted.python.failure import Failure

    from jobwatch.crawlers.extract.result import ExtractResult


class ListDetailSpider(AtsSpider):
    """A board is `ok` only when every list page and every detail was read and the distinct
    postings read reach the total the first page states; paging that ends early makes it
    `partial`, never short. Subclasses build the requests and extract the two kinds of body."""

    page_size_setting: ClassVar[str]  # e.g. SMARTRECRUITERS_PAGE_SIZE
    total_name: ClassVar[str]  # what the API calls the total, for the error line

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.seen: dict[str, set[str]] = {}  # posting keys per board: pages may overlap
        self.totals: dict[str, int | None] = {}  # the first page's total per board

    @property
    def page_size(self) -> int:
        return self.settings.getint(self.page_size_setting, 20)

    def board_requests(self, board: str) -> Iterable[scrapy.Request]:
        yield self.list_request(board, 0)

    def list_request(self, board: str, offset: int) -> scrapy.Request:
        raise NotImplementedError

    def posting_key(self, posting: dict[str, Any]) -> str:
        """What identifies a list entry (its detail is fetched once)."""
        raise NotImplementedError

    def detail_url(self, board: str, posting: dict[str, Any]) -> str:
        raise NotImplementedError

    def extract_posting(
        self, posting: dict[str, Any], body: bytes | None, *, board: str, url: str
    ) -> ExtractResult:
        """One posting from its list entry and detail body (None when the detail failed)."""
        raise NotImplementedError

    def next_requests(self, response: Response, result: ExtractResult) -> Iterable[scrapy.Request]:
        assert isinstance(result, ListPage)
        board, offset = response.meta["board"], int(response.meta.get("offset", result.offset))
        total = self.totals.setdefault(board, result.total)
        seen = self.seen.setdefault(board, set())
        for posting in result.postings:
            key = self.posting_key(posting)
            if key not in seen:
                seen.add(key)
                yield self.detail_request(board, posting)
        next_offset = offset + result.entries
        if result.entries and self._more(total, result.entries, next_offset):
            yield self.list_request(board, next_offset)
        elif total is not None and len(seen) < total:
            self._page_done(board, ok=False, error=self._short(offset, result, len(seen), total))

    def _more(self, total: int | None, entries: int, next_offset: int) -> bool:
        """More pages: before the total, or (no total given) after every full page."""
        return next_offset < total if total is not None else entries >= self.page_size

    def _short(self, offset: int, result: ListPage, read: int, total: int) -> str:
        where = f"an empty page at offset {offset}" if not result.entries else "the last page"
        return f"paging ended early ({where}): {read} of {self.total_name} {total} postings read"

    def detail_request(self, board: str, posting: dict[str, Any]) -> scrapy.Request:
        return scrapy.Request(
            self.detail_url(board, posting),
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
        result = self.extract_posting(posting, body, board=board, url=url)
        health.inc(self.crawler.stats, board, "parse_errors", len(result.errors))
        yield from result.items
        yield from (Quarantine(line) for line in result.errors)
        problem = error or (result.errors[0]["reason"] if result.errors else "")
        if problem:
            key = self.posting_key(posting)
            self._page_done(board, ok=False, error=f"posting {key} detail: {problem}")
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
