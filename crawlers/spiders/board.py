"""BoardSpider: a job board with one public feed; the board is the source itself (board `remoteok`).

Job boards are not per-company ATS boards: there is nothing to list in sources.yaml, so the
board name in the raw lake and the crawl-run rows is the source name. Paged feeds follow their
`next` links on the spider's base URL (a mirror or replay never sends the crawl to the real host).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from jobwatch.crawlers import health
from jobwatch.crawlers.extract.board_common import PagedResult
from jobwatch.crawlers.spiders.base import AtsSpider

if TYPE_CHECKING:
    from collections.abc import Iterable

    import scrapy
    from scrapy.http import Response

    from jobwatch.crawlers.extract.result import ExtractResult


def rebase(url: str, base_url: str) -> str:
    """`url`'s path and query on `base_url` (which may carry a path prefix)."""
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{base_url}{parts.path or '/'}{query}"


class BoardSpider(AtsSpider):
    """Subclasses set `name` and `platform` (Kind.BOARD: the board is the source's name)."""

    # Paged boards stop here even if the feed keeps linking on (the request budget also applies).
    max_pages: ClassVar[int] = 1000

    def __init__(self, boards: Any = None, base_url: str | None = None, **kwargs: Any):
        kwargs.pop("sources_file", None)  # the one board of a job board is the source itself
        super().__init__(boards=boards or [self.name], base_url=base_url, **kwargs)
        self.seen_pages: set[str] = set()

    def next_requests(self, response: Response, result: ExtractResult) -> Iterable[scrapy.Request]:
        """Follow the page's `next` link, on our base URL, unless it loops or passes max_pages."""
        next_url = result.next_url if isinstance(result, PagedResult) else None
        if not next_url:
            return
        board = response.meta["board"]
        self.seen_pages.add(response.url)
        url = rebase(next_url, self.base_url)
        if url in self.seen_pages or len(self.seen_pages) >= self.max_pages:
            why = "links back to a page already read" if url in self.seen_pages else "is too deep"
            error = f"paging stopped: the next page {next_url} {why}"
            health.inc(self.crawler.stats, board, "pages_failed")
            health.note_error(self.crawler.stats, board, error)
            # The log file only: the crawl summary prints each failed board once.
            self.logger.info("%s board %s: %s", self.name, board, error)
            return
        yield self.page_request(board, url)
