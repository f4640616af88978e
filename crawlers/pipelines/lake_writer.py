"""Streams postings to `<board>.jsonl` (or one out file), bad input to the quarantine file, and
archives page bodies as they are (crawlers/extraction.py turns those into postings later)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers import health
from jobwatch.crawlers.archive.pages import PageArchive
from jobwatch.crawlers.items import PageBody, PageItems
from jobwatch.crawlers.output import CrawlOutput
from jobwatch.crawlers.pipelines.lines import JsonlWriter
from jobwatch.crawlers.records import Quarantine

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class LakeWriterPipeline:
    """Writes where the crawl's CrawlOutput says; storage only: no extraction, no publishing."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats
        self.output = CrawlOutput.from_settings(crawler.settings)
        self.files = JsonlWriter()
        self.source: str = getattr(crawler.spidercls, "name", None) or "unknown"
        self.archive: PageArchive | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def open_spider(self) -> None:
        self.output.open()

    def process_item(self, item: Any) -> Any:
        try:
            return self._file(item)
        except OSError as exc:  # a full disk: the board fails with the reason, once per board
            board = _board_of(item)
            health.inc(self.stats, board, "pages_failed")
            health.note_error(self.stats, board, f"cannot write the raw lake: {exc}")
            return item

    def _file(self, item: Any) -> Any:
        if isinstance(item, PageBody):
            self._archive().add(item)
            return item
        if isinstance(item, PageItems):
            self.write_page(item)
            return item
        board = item.get("board") or "unknown"
        if isinstance(item, Quarantine):
            self.files.write(self.output.quarantine_path(), [item])
            health.inc(self.stats, board, "quarantined")
        else:
            self.files.write(self.output.items_path(board), [item])
            health.inc(self.stats, board, "items")
        return item

    def write_page(self, page: PageItems) -> None:
        """A page's postings, then its quarantine lines, filed and counted like single items."""
        for board, items in _by_board(page.items).items():
            written = self.files.write(self.output.items_path(board), items)
            health.inc(self.stats, board, "items", written)
        self.files.write(self.output.quarantine_path(), page.errors)
        for board, lines in _by_board(page.errors).items():
            health.inc(self.stats, board, "quarantined", len(lines))

    def _archive(self) -> PageArchive:
        if self.archive is None:
            directory = self.output.archive_dir()
            directory.mkdir(parents=True, exist_ok=True)
            self.archive = PageArchive(directory, source=self.source, crawl_id=self.output.crawl_id)
        return self.archive

    def close_spider(self) -> None:
        if self.archive is not None:
            self.archive.close()
        self.files.close()


def _by_board(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Records grouped by their own board, in order (a page's usually all share one)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(record.get("board") or "unknown", []).append(record)
    return groups


def _board_of(item: Any) -> str:
    if isinstance(item, PageBody | PageItems):
        return item.board
    return str(item.get("board") or "unknown")
