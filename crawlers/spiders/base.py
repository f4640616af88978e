"""AtsSpider: boards of one ATS platform, one request per board, health per board in stats."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

import scrapy

from jobwatch.crawlers import extraction
from jobwatch.crawlers.platform import Extraction
from jobwatch.crawlers.sources import Source, boards_for, registry_for
from jobwatch.crawlers.spiders.pages import PageSpider

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable

    from scrapy.crawler import Crawler

    from jobwatch.crawlers.extract.result import ExtractResult
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


class AtsSpider(PageSpider):
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

    def page_request(self, board: str, url: str, **meta: Any) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_page,
            errback=self.page_failed,
            meta={"board": board, **meta},
            dont_filter=True,
        )
