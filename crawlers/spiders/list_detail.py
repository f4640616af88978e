"""ListDetailSpider: a board's list paged to its stated total, then one detail per posting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from jobwatch.crawlers.extract.list_page import ListPage
from jobwatch.crawlers.spiders.details import DetailSpider

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    import scrapy
    from scrapy.http import Response

    from jobwatch.crawlers.extract.result import ExtractResult


# SmartRecruiters, Workday, Rippling, BambooHR and Oracle; a list may come whole (`paged`), and a
# detail that fails keeps what the list gave (details.py).
class ListDetailSpider(DetailSpider):
    """A board is `ok` only when every list page and every detail was read and the entries read
    reach the total the first page states; paging that ends early makes it `partial`, never
    short. Subclasses build the requests and extract the two kinds of body."""

    page_size_setting: ClassVar[str] = ""  # e.g. SMARTRECRUITERS_PAGE_SIZE
    total_name: ClassVar[str] = "total"  # what the API calls the total, for the error line
    paged: ClassVar[bool] = True  # False: the first page is the whole list (Rippling, BambooHR)
    # The platform's pure list extractor, as staticmethod(...): a list page -> ListPage
    list_extractor: ClassVar[Callable[..., ListPage]]

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

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        """A list page, by the platform's list extractor."""
        return self.list_extractor(
            body, board=board, url=url, fetched_at=fetched_at, crawl_id=self.crawl_id
        )

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
