"""PageSpider: one page read into items and quarantine lines, its board's health counted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import scrapy

from jobwatch.crawlers import extraction, health
from jobwatch.crawlers.extract.result import ExtractResult
from jobwatch.crawlers.items import PageBody, PageItems
from jobwatch.crawlers.records import Quarantine, quarantine_line, utc_now
from jobwatch.crawlers.spiders.failures import describe

if TYPE_CHECKING:
    from collections.abc import Iterable

    from scrapy.http import Response
    from twisted.python.failure import Failure


class PageSpider(scrapy.Spider):
    """What becomes of a fetched or failed page: a damaged page or an extractor bug costs that
    page (quarantined, the board's health noted), never the crawl. AtsSpider (base.py) says
    which pages to fetch and how to extract them."""

    crawl_id = "unknown"  # JOBWATCH_CRAWL_ID, set by from_crawler

    @property
    def extract_after_crawl(self) -> bool:
        """Archive the page as it is (PageBody), to extract it after the crawl."""
        return False

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        raise NotImplementedError

    def page_meta(self, board: str) -> dict[str, Any]:
        """Extractor arguments beyond the page itself (archived with it, so re-extraction needs
        no registry); none by default."""
        return {}

    def next_requests(self, response: Response, result: ExtractResult) -> Iterable[scrapy.Request]:
        """Paging hook: the follow-up pages of a board after one page was read (none here)."""
        return ()

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
        line = self.quarantine(response.url, board, reason, detail, response.body, fetched_at)
        return ExtractResult(errors=[line], page_failed=True)

    def page_failed(self, failure: Failure) -> Iterable[Any]:
        request = failure.request  # type: ignore[attr-defined]
        board = request.meta["board"]
        info = describe(failure.value or Exception("unknown failure"), request, board)
        if info.too_large:  # the body was never read: the line says why, with no body
            yield self.quarantine(request.url, board, "too_large", info.error, "")
        if info.response is not None:
            detail = f"HTTP {info.response.status}"
            yield self.quarantine(request.url, board, "http_error", detail, info.response.body)
        self._page_done(board, ok=False, error=info.error, stale_slug=info.stale_slug)

    def quarantine(
        self,
        url: str,
        board: str,
        reason: str,
        detail: str,
        body: bytes | str,
        fetched_at: str | None = None,
    ) -> Quarantine:
        """A quarantine line of this crawl for a page (fetched now unless told when)."""
        return quarantine_line(
            source=self.name,
            board=board,
            url=url,
            reason=reason,
            detail=detail,
            body=body,
            fetched_at=fetched_at or utc_now(),
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
