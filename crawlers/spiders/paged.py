"""NextLinkSpider: boards whose pages each link the next (`PagedResult.next_url`), followed on our
own base URL, so a mirror or replay never sends the crawl to the real host."""

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


class NextLinkSpider(AtsSpider):
    """A page that fails after retries ends the paging: the board is `partial`, never short
    without saying so (and a partial crawl never closes postings downstream)."""

    # Paging stops here even if the feed keeps linking on (the request budget also applies).
    max_pages: ClassVar[int] = 1000

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.pages_read: dict[str, set[str]] = {}  # per board: a link back to one ends paging

    def next_page_url(self, board: str, next_url: str) -> str:
        """Where the page a feed links next is fetched: its path and query on our base URL."""
        return rebase(next_url, self.base_url)

    def next_requests(self, response: Response, result: ExtractResult) -> Iterable[scrapy.Request]:
        """Follow the page's `next` link unless it loops or passes max_pages."""
        next_url = result.next_url if isinstance(result, PagedResult) else None
        if not next_url:
            return
        board = response.meta["board"]
        read = self.pages_read.setdefault(board, set())
        read.add(response.url)
        url = self.next_page_url(board, next_url)
        if url in read or len(read) >= self.max_pages:
            why = "links back to a page already read" if url in read else "is too deep"
            error = f"paging stopped: the next page {next_url} {why}"
            health.inc(self.crawler.stats, board, "pages_failed")
            health.note_error(self.crawler.stats, board, error)
            # The log file only: the crawl summary prints each failed board once.
            self.logger.info("%s board %s: %s", self.name, board, error)
            return
        yield self.page_request(board, url)
