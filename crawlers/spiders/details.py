"""DetailSpider: one detail request per listed posting; a detail that fails keeps the list's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import scrapy

from jobwatch.crawlers import extraction, health
from jobwatch.crawlers.extract.result import ExtractResult
from jobwatch.crawlers.records import Quarantine, utc_now
from jobwatch.crawlers.spiders.base import AtsSpider
from jobwatch.crawlers.spiders.failures import describe

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from scrapy.http import Response
    from twisted.python.failure import Failure


class DetailSpider(AtsSpider):
    """The detail half of ListDetailSpider (list_detail.py): a posting is fetched once with
    every list entry of it; its own problems make the board partial."""

    # The platform's pure extractor, as staticmethod(...): a posting from its list entry and
    # detail body -> ExtractResult
    posting_extractor: ClassVar[Callable[..., ExtractResult]]

    def posting_key(self, posting: dict[str, Any]) -> str:
        """What identifies a list entry (its detail is fetched once)."""
        raise NotImplementedError

    def detail_url(self, board: str, posting: dict[str, Any]) -> str:
        raise NotImplementedError

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
            yield self.quarantine(response.url, board, "truncated", "body cut off", response.body)
            body, error = None, "truncated body"
        yield from self._posting(board, postings, body, response.url, error)

    def detail_failed(self, failure: Failure) -> Iterable[Any]:
        """The list named the posting, so it is open: kept without a description, board partial."""
        request = failure.request  # type: ignore[attr-defined]
        board, postings = request.meta["board"], request.meta["postings"]
        info = describe(failure.value or Exception("unknown failure"), request, board)
        if info.response is not None:
            detail = f"HTTP {info.response.status}"
            yield self.quarantine(request.url, board, "http_error", detail, info.response.body)
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
