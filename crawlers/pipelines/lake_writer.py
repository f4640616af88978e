"""Streams postings to `<board>.jsonl` (or one out file) and bad input to the quarantine file."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobwatch.core.layout import QUARANTINE, board_file, out_archive_dir, out_quarantine, temp_after
from jobwatch.crawlers import health
from jobwatch.crawlers.archive.extract import ExtractionReport, extract_archive
from jobwatch.crawlers.archive.pages import PageArchive, read_index
from jobwatch.crawlers.items import PageBody, PageItems
from jobwatch.crawlers.pipelines.lines import JsonlWriter
from jobwatch.crawlers.records import Quarantine

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)
EXTRACTION_STAT = "jobwatch/extraction"  # ExtractionReport.summary() of the crawl


class LakeWriterPipeline:
    """Lake mode writes into the crawl's `.tmp-crawl=<id>` directory (renamed later by RunLog);
    out mode writes to temp names next to the out file and renames them on close.

    Archived pages (PageBody) go to the crawl directory (out mode: a hidden directory next to
    the out file, removed on close); on close they are extracted on every core, their lines
    appended in fetch order and their counts added to the boards' health before RunLog reads it."""

    def __init__(self, crawler: Crawler):
        settings = crawler.settings
        self.stats = crawler.stats
        self.crawl_id: str = settings.get("JOBWATCH_CRAWL_ID") or "unknown"
        crawl_dir, out = settings.get("JOBWATCH_CRAWL_DIR"), settings.get("JOBWATCH_OUT")
        if bool(crawl_dir) == bool(out):
            raise ValueError("set exactly one of JOBWATCH_CRAWL_DIR and JOBWATCH_OUT")
        self.crawl_dir = Path(crawl_dir) if crawl_dir else None
        self.out = Path(out) if out else None
        self.files = JsonlWriter()
        self.source: str = getattr(crawler.spidercls, "name", None) or "unknown"
        self.workers: int | None = int(settings.get("JOBWATCH_EXTRACT_WORKERS") or 0) or None
        self.archive: PageArchive | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _tmp(self, final: Path) -> Path:
        return temp_after(final, self.crawl_id)

    def items_path(self, board: str) -> Path:
        if self.out is not None:
            return self._tmp(self.out)
        assert self.crawl_dir is not None
        return board_file(self.crawl_dir, board)

    def quarantine_path(self) -> Path:
        if self.out is not None:
            return self._tmp(out_quarantine(self.out))
        assert self.crawl_dir is not None
        return self.crawl_dir / QUARANTINE

    def archive_dir(self) -> Path:
        if self.out is not None:
            return out_archive_dir(self.out, self.crawl_id)
        assert self.crawl_dir is not None
        return self.crawl_dir

    def open_spider(self) -> None:
        if self.crawl_dir is not None:
            self.crawl_dir.mkdir(parents=True, exist_ok=True)
        else:
            assert self.out is not None
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self._tmp(self.out).touch()  # the out file exists even when no posting was found

    def process_item(self, item: Any) -> Any:
        if isinstance(item, PageBody):
            self._archive().add(item)
            return item
        if isinstance(item, PageItems):
            self.write_page(item)
            return item
        board = item.get("board") or "unknown"
        if isinstance(item, Quarantine):
            self.files.write(self.quarantine_path(), [item])
            health.inc(self.stats, board, "quarantined")
        else:
            self.files.write(self.items_path(board), [item])
            health.inc(self.stats, board, "items")
        return item

    def write_page(self, page: PageItems) -> None:
        """A page's postings, then its quarantine lines, filed and counted like single items."""
        for board, items in _by_board(page.items).items():
            health.inc(self.stats, board, "items", self.files.write(self.items_path(board), items))
        self.files.write(self.quarantine_path(), page.errors)
        for board, lines in _by_board(page.errors).items():
            health.inc(self.stats, board, "quarantined", len(lines))

    def _archive(self) -> PageArchive:
        if self.archive is None:
            directory = self.archive_dir()
            directory.mkdir(parents=True, exist_ok=True)
            self.archive = PageArchive(directory, source=self.source, crawl_id=self.crawl_id)
        return self.archive

    def close_spider(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.extract_pages(self.archive.directory)
        self.files.close()
        if self.out is None:
            return
        if self.archive is not None:  # out mode keeps only the out files
            shutil.rmtree(self.archive.directory, ignore_errors=True)
        os.replace(self._tmp(self.out), self.out)
        quarantine_tmp, quarantine = self.quarantine_path(), out_quarantine(self.out)
        if quarantine_tmp.exists():
            os.replace(quarantine_tmp, quarantine)
        else:  # a quarantine file left by an earlier run belongs to the out file just replaced
            quarantine.unlink(missing_ok=True)

    def extract_pages(self, directory: Path) -> None:
        """Extract the archived pages into the lake files and count them per board."""
        try:
            report = extract_archive(
                directory,
                self.files,
                self.items_path,
                self.quarantine_path(),
                workers=self.workers,
            )
        except Exception as exc:  # e.g. disk full: the boards say so instead of looking empty
            logger.exception("extracting the archived pages of %s failed", directory)
            for board in dict.fromkeys(page.board for page in read_index(directory)):
                health.inc(self.stats, board, "pages_failed")
                health.note_error(self.stats, board, f"extraction failed: {exc}")
            return
        self._count(report)

    def _count(self, report: ExtractionReport) -> None:
        for board, counts in report.boards.items():
            for name in ("items", "quarantined", "parse_errors", "pages_ok", "pages_failed"):
                health.inc(self.stats, board, name, getattr(counts, name))
            if counts.error:
                health.note_error(self.stats, board, counts.error)
        self.stats.set_value(EXTRACTION_STAT, report.summary())
        seconds = report.finished_at - report.started_at
        logger.info(
            "extracted %d pages (%d postings) with %d worker(s) in %.2f s",
            report.pages,
            report.items,
            report.workers,
            seconds,
        )


def _by_board(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Records grouped by their own board, in order (a page's usually all share one)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(record.get("board") or "unknown", []).append(record)
    return groups
