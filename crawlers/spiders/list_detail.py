"""ListDetailSpider: a board's list paged by offset to its stated total (or given whole), then one
detail request per posting (SmartRecruiters, Workday, Rippling, BambooHR, Oracle). A detail that
fails keeps what the list gave."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import scrapy

from jobwatch.crawlers import extraction, health
from jobwatch.crawlers.extract.list_page import ListPage
from jobwatch.crawlers.extract.result import ExtractResult
from jobwatch.crawlers.records import Quarantine, quarantine_line, utc_now
from jobwatch.crawlers.spiders.base import AtsSpider
from jobwatch.crawlers.spiders.failures import describe

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from scrapy.http import Response
    from twisted.python.failure import Failure


class ListDetailSpider(AtsSpider):
    """A board is `ok` only when every list page and every detail was read and the entries read
    reach the total the first page states; paging that ends early makes it `partial`, never
    short. Subclasses build the requests and extract the two kinds of body."""

    page_size_setting: ClassVar[str] = ""  # e.g. SMARTRECRUITERS_PAGE_SIZE
    total_name: ClassVar[str] = "total"  # what the API calls the total, for the error line
    paged: ClassVar[bool] = True  # False: the first page is the whole list (Rippling, BambooHR)
    # The platform's pure extractors, as staticmethod(...): a list page -> ListPage; a posting
    # from its list entry and detail body -> ExtractResult
    list_extractor: ClassVar[Callable[..., ListPage]]
    posting_extractor: ClassVar[Callable[..., ExtractResult]]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.seen: dict[str, set[str]] = {}  # posting keys per board: pages may overlap
        self.totals: dict[str, int | None] = {}  # the first page's total per board
        # entries read per board, toward the total: a job listed once per place in a page counts
        # each time (the API's total counts its entries), a repeat on a later page (overlap) not
        self.listed: dict[str, int] = {}

    @property
    def page_size(self) -> int:
        return self.settings.getint(self.page_size_setting, 20)

    def board_requests(self, board: str) -> Iterable[scrapy.Request]:
        yield self.list_request(board, 0)

    def list_request(self, board: str, offset: int) -> scrapy.Request:
        """The list page at `offset`; by default a GET of the board's URL (an unpaged list)."""
        return self.page_request(board, self.board_url(board), offset=offset)

    def posting_key(self, posting: dict[str, Any]) -> str:
        """What identifies a list entry (its detail is fetched once)."""
        raise NotImplementedError

    def detail_url(self, board: str, posting: dict[str, Any]) -> str:
        raise NotImplementedError

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        """A list page, by the platform's list extractor."""
        return self.list_extractor(
            body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id
        )

    def extract_posting(
        self, posting: dict[str, Any], body: bytes | None, *, board: str, url: str
    ) -> ExtractResult:
        """One posting from its list entry and detail body (None when the detail failed)."""
        return self.posting_extractor(
            posting,
            body,
            board=board,
            url=url,
            fetched_at=utc_now(),
            crawl_id=self.crawl_id,
            **self.posting_meta(board, posting),
        )

    def posting_meta(self, board: str, posting: dict[str, Any]) -> dict[str, Any]:
        """Posting extractor arguments beyond the bodies: the registry's company name."""
        entry = self.registry.get(board)
        return {"company": entry.company if entry else None}

    def next_requests(self, response: Response, result: ExtractResult) -> Iterable[scrapy.Request]:
        assert isinstance(result, ListPage)
        board, offset = response.meta["board"], int(response.meta.get("offset", result.offset))
        total = self.totals.setdefault(board, result.total)
        seen = self.seen.setdefault(board, set())
        for key, entries in self._by_key(result.postings).items():
            if key not in seen:
                seen.add(key)
                self.listed[board] = self.listed.get(board, 0) + len(entries)
                yield self.detail_request(board, entries)
        next_offset, read = offset + result.entries, self.listed.get(board, 0)
        if self.paged and result.entries and self._more(total, result, next_offset):
            yield self.list_request(board, next_offset)
        elif total is not None and read < total:
            self._page_done(board, ok=False, error=self._short(offset, result, read, total))

    def _by_key(self, postings: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
        """A page's entries by posting: a job listed once per place is one posting (one detail
        request) with every entry of it, so none of its places is lost."""
        grouped: dict[str, list[dict[str, Any]]] = {}
        for posting in postings:
            grouped.setdefault(self.posting_key(posting), []).append(posting)
        return grouped

    def _more(self, total: int | None, page: ListPage, next_offset: int) -> bool:
        """More pages: before the total; with no total, while the page says it has more (where
        the API has the flag) or after every full page."""
        if total is not None:
            return next_offset < total
        return page.has_more if page.has_more is not None else page.entries >= self.page_size

    def _short(self, offset: int, result: ListPage, read: int, total: int) -> str:
        if not self.paged:
            return f"the list is short: {read} of {self.total_name} {total} postings listed"
        where = f"an empty page at offset {offset}" if not result.entries else "the last page"
        return f"paging ended early ({where}): {read} of {self.total_name} {total} postings read"

    def detail_request(self, board: str, postings: list[dict[str, Any]]) -> scrapy.Request:
        """The detail of a posting, carrying every list entry of it."""
        return scrapy.Request(
            self.detail_url(board, postings[0]),
            callback=self.parse_detail,
            errback=self.detail_failed,
            meta={"board": board, "postings": postings},
            dont_filter=True,
        )

    def parse_detail(self, response: Response) -> Iterable[Any]:
        board, postings = response.meta["board"], response.meta["postings"]
        body: bytes | None = response.body
        error = ""
        if "dataloss" in response.flags:  # retries ran out: keep the posting, quarantine the cut
            yield self._detail_quarantine(response.url, board, "truncated", "body cut off", body)
            body, error = None, "truncated body"
        yield from self._posting(board, postings, body, response.url, error)

    def detail_failed(self, failure: Failure) -> Iterable[Any]:
        """The list named the posting, so it is open: kept without a description, board partial."""
        request = failure.request  # type: ignore[attr-defined]
        board, postings = request.meta["board"], request.meta["postings"]
        info = describe(failure.value or Exception("unknown failure"), request, board)
        if info.response is not None:
            detail = f"HTTP {info.response.status}"
            yield self._detail_quarantine(
                request.url, board, "http_error", detail, info.response.body
            )
        yield from self._posting(board, postings, None, request.url, info.error.split(";")[0])

    def _posting(
        self,
        board: str,
        postings: list[dict[str, Any]],
        body: bytes | None,
        url: str,
        error: str = "",
    ) -> Iterable[Any]:
        result = self._extract_all(postings, body, board=board, url=url)
        # the posting's own problems make the board partial; a repeat under another title
        # (settle's duplicate_id) is counted and quarantined like on any page
        problem = error or (result.errors[0]["reason"] if result.errors else "")
        result = extraction.settle(result, url)
        health.inc(self.crawler.stats, board, "parse_errors", len(result.errors))
        yield from result.items
        yield from (Quarantine(line) for line in result.errors)
        if problem:
            key = self.posting_key(postings[0])
            self._page_done(board, ok=False, error=f"posting {key} detail: {problem}")
        else:
            self._page_done(board, ok=True)

    def _extract_all(
        self, postings: list[dict[str, Any]], body: bytes | None, *, board: str, url: str
    ) -> ExtractResult:
        """The posting from each list entry of it with the one detail body (settled into one
        posting with every place by the caller); the body's problems quarantined once."""
        result = ExtractResult()
        quarantined: set[tuple[str, str, str]] = set()
        for posting in postings:
            one = self.extract_posting(posting, body, board=board, url=url)
            result.items += one.items
            for line in one.errors:
                key = (line["reason"], line["detail"], repr(line["body"]))
                if key not in quarantined:
                    quarantined.add(key)
                    result.errors.append(line)
        return result

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
