"""AtsSpider: boards of one ATS platform, one request per board, health per board in stats."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

import scrapy

from jobwatch.crawlers import extraction, health
from jobwatch.crawlers.extract.result import ExtractResult
from jobwatch.crawlers.items import PageBody, PageItems
from jobwatch.crawlers.platform import Extraction
from jobwatch.crawlers.records import Quarantine, quarantine_line, utc_now
from jobwatch.crawlers.sources import Source, boards_for, registry_for
from jobwatch.crawlers.spiders.failures import describe

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable

    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.python.failure import Failure

    from jobwatch.crawlers.platform import Platform


def normalize_base_url(url: str) -> str:
    """`scheme://host[:port][/prefix]` without a trailing slash; ValueError when it is not one."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"base URL must look like scheme://host[:port][/prefix], got {url!r}")
    return url.strip().rstrip("/")


def parse_boards(boards: str | Iterable[str] | None) -> list[str]:
    """`-a boards=a,b` arrives as a string; the library passes a list."""
    if boards is None:
        return []
    items = boards.split(",") if isinstance(boards, str) else boards
    return [b.strip() for b in items if b and b.strip()]


class AtsSpider(scrapy.Spider):
    """Subclasses set `name` and `platform` (their module's PLATFORM declaration).

    With the ARCHIVE extraction, a page whose transport went well is archived as it is
    (PageBody) and extracted after the crawl, on every core (crawlers/extraction.py); sources
    that must read a page to know what to fetch next extract in the callback."""

    platform: ClassVar[Platform]

    def __init__(self, boards: Any = None, base_url: str | None = None, **kwargs: Any):
        sources_file = kwargs.pop("sources_file", None)
        super().__init__(**kwargs)
        self.sources_file = sources_file  # per-board registry facts (company name, extras)
        self.boards = parse_boards(boards) or boards_for(self.name, sources_file)
        self.base_url_arg = base_url
        self.base_url = ""
        self.crawl_id = "unknown"

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> AtsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        base = spider.base_url_arg or crawler.settings.get(cls.platform.base_url_setting)
        spider.base_url = normalize_base_url(base)
        spider.crawl_id = crawler.settings.get("JOBWATCH_CRAWL_ID") or "unknown"
        return spider

    @property
    def extract_after_crawl(self) -> bool:
        return self.platform.extraction is Extraction.ARCHIVE

    @cached_property
    def registry(self) -> dict[str, Source]:
        return registry_for(self.name, self.sources_file)

    def extras_of(self, board: str) -> dict[str, str]:
        """The board's registry fields beyond company/platform/board ({} when not listed)."""
        entry = self.registry.get(board)
        return entry.values() if entry else {}

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        """The declared page extractor; CALLBACK spiders with pages of several kinds override it."""
        return extraction.extractor(self.name)(
            body,
            board=board,
            url=url,
            fetched_at=fetched_at,
            crawl_id=self.crawl_id,
            **self.page_meta(board),
        )

    def page_meta(self, board: str) -> dict[str, Any]:
        """Extractor arguments beyond the page itself (archived with it, so re-extraction needs
        no registry); none by default."""
        return {}

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for board in self.boards:
            for request in self.board_requests(board):
                yield request

    def board_base(self, board: str) -> str:
        """`--base-url` (a mirror serves every board), else the board's regional host, else the
        platform's base URL setting."""
        host = self.extras_of(board).get("host")
        if self.base_url_arg or host not in self.platform.regional:
            return self.base_url
        return normalize_base_url(self.settings.get(self.platform.regional_setting(str(host))))

    def board_url(self, board: str, endpoint: int = 0) -> str:
        return self.platform.url(self.board_base(board), board, self.extras_of(board), endpoint)

    def board_requests(self, board: str) -> Iterable[scrapy.Request]:
        """The requests that start a board: its first page (later pages come from next_requests)."""
        yield self.page_request(board, self.board_url(board))

    def next_requests(self, response: Response, result: ExtractResult) -> Iterable[scrapy.Request]:
        """Paging hook: the follow-up pages of a board after one page was read (none here)."""
        return ()

    def page_request(self, board: str, url: str, **meta: Any) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_page,
            errback=self.page_failed,
            meta={"board": board, **meta},
            dont_filter=True,
        )

    def parse_page(self, response: Response) -> Iterable[Any]:
        board, fetched_at = response.meta["board"], utc_now()
        if self.extract_after_crawl and "dataloss" not in response.flags:
            health.touch(self.crawler.stats, board)  # pages_ok/failed are counted at extraction
            meta = self.page_meta(board)
            yield PageBody(board, response.url, response.body, fetched_at, response.status, meta)
            return
        result = self._extract_safely(response, board, fetched_at)
        stats = self.crawler.stats
        health.inc(stats, board, "parse_errors", len(result.errors))
        if result.items or result.errors:  # one pipeline call per page (crawlers/items.py)
            yield PageItems(board, result.items, result.errors)
        if result.page_failed:
            error = result.page_error or {}
            self._page_done(board, ok=False, error=f"{error.get('reason')}: {error.get('detail')}")
        else:
            self._page_done(board, ok=True)
            yield from self.next_requests(response, result)

    def _extract_safely(self, response: Response, board: str, fetched_at: str) -> ExtractResult:
        if "dataloss" in response.flags:
            expected = (response.headers.get("Content-Length") or b"?").decode()
            detail = f"connection closed after {len(response.body)} of {expected} bytes"
            return self._page_error(response, board, fetched_at, "truncated", detail)
        try:
            result = self.extract(
                response.body, board=board, url=response.url, fetched_at=fetched_at
            )
            return extraction.settle(result, response.url)
        except Exception as exc:  # an extractor bug must cost one page, never the crawl
            self.logger.exception("extracting %s failed", response.url)
            detail = f"{type(exc).__name__}: {exc}"
            return self._page_error(response, board, fetched_at, "extract_error", detail)

    def _page_error(
        self, response: Response, board: str, fetched_at: str, reason: str, detail: str
    ) -> ExtractResult:
        line = quarantine_line(
            source=self.name,
            board=board,
            url=response.url,
            reason=reason,
            detail=detail,
            body=response.body,
            fetched_at=fetched_at,
            crawl_id=self.crawl_id,
        )
        return ExtractResult(errors=[line], page_failed=True)

    def page_failed(self, failure: Failure) -> Iterable[Any]:
        request = failure.request  # type: ignore[attr-defined]
        board = request.meta["board"]
        info = describe(failure.value or Exception("unknown failure"), request, board)
        if info.too_large:  # the body was never read: the line says why, with no body
            yield self._request_quarantine(request, board, "too_large", info.error, "")
        if info.response is not None:
            detail = f"HTTP {info.response.status}"
            yield self._request_quarantine(request, board, "http_error", detail, info.response.body)
        self._page_done(board, ok=False, error=info.error, stale_slug=info.stale_slug)

    def _request_quarantine(
        self, request: scrapy.Request, board: str, reason: str, detail: str, body: bytes | str
    ) -> Quarantine:
        return quarantine_line(
            source=self.name,
            board=board,
            url=request.url,
            reason=reason,
            detail=detail,
            body=body,
            fetched_at=utc_now(),
            crawl_id=self.crawl_id,
        )

    def _page_done(
        self, board: str, *, ok: bool, error: str = "", stale_slug: bool = False
    ) -> None:
        stats = self.crawler.stats
        health.inc(stats, board, "pages_ok" if ok else "pages_failed")
        health.touch(stats, board)
        if not ok:
            health.note_error(stats, board, error, stale_slug=stale_slug)
            # The log file only: the crawl summary prints each failed board once.
            self.logger.info("%s board %s: %s", self.name, board, error)
