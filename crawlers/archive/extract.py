"""Extract a crawl's archived pages on every core, writing lines in fetch order (deterministic)."""

from __future__ import annotations

import logging
import resource
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jobwatch.crawlers.archive.pages import ArchivedPage, read_body, read_index
from jobwatch.crawlers.archive.pool import ordered_map, worker_count
from jobwatch.crawlers.archive.worker import PageOutcome, extract_one, failed, outcome

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from jobwatch.crawlers.pipelines.lines import JsonlWriter

logger = logging.getLogger(__name__)


@dataclass
class BoardCounts:
    """What extraction added to a board's health (the crawl-run row's fields)."""

    items: int = 0
    quarantined: int = 0
    parse_errors: int = 0
    pages_ok: int = 0
    pages_failed: int = 0
    error: str | None = None  # the first failed page's "reason: detail"


@dataclass
class ExtractionReport:
    pages: int = 0
    workers: int = 0  # 1: in this process
    started_at: float = 0.0  # epoch seconds
    finished_at: float = 0.0
    workers_rss_mb: float | None = None  # peak RSS of the largest worker process (pool only)
    boards: dict[str, BoardCounts] = field(default_factory=dict)

    @property
    def items(self) -> int:
        return sum(c.items for c in self.boards.values())

    @property
    def quarantined(self) -> int:
        return sum(c.quarantined for c in self.boards.values())

    def summary(self) -> dict[str, object]:
        """The figures a crawl result carries (crawlers/result.py `extraction`)."""
        return {
            "pages": self.pages,
            "workers": self.workers,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "workers_rss_mb": self.workers_rss_mb,
            "items": self.items,
            "quarantined": self.quarantined,
        }


def extract_archive(
    directory: Path,
    files: JsonlWriter,
    items_path: Callable[[str], Path],
    quarantine_path: Path,
    *,
    workers: int | None = None,
) -> ExtractionReport:
    """Append every archived page's postings to items_path(board) and its bad input to
    quarantine_path, page by page in fetch order, whatever the number of workers."""
    pages = read_index(directory)
    report = ExtractionReport(pages=len(pages), workers=worker_count(len(pages), workers))
    report.started_at = time.time()
    tasks = ((directory, page) for page in pages)
    for done in ordered_map(extract_one, tasks, report.workers, on_broken=_worker_died):
        for board, (lines, count) in done.items.items():
            files.write_bytes(items_path(board), lines)
            _counts(report, board).items += count
        if done.errors:
            files.write_bytes(quarantine_path, done.errors)
        for board, count in done.quarantined.items():
            _counts(report, board).quarantined += count
        _page_health(report, done)
    report.finished_at = time.time()
    if report.workers > 1:
        report.workers_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return report


def _counts(report: ExtractionReport, board: str) -> BoardCounts:
    return report.boards.setdefault(board, BoardCounts())


def _page_health(report: ExtractionReport, done: PageOutcome) -> None:
    page, counts = done.page, _counts(report, done.page.board)
    counts.parse_errors += done.parse_errors
    if done.crash is not None:  # the trace goes to the log file; the board's error says it once
        logger.info("extracting %s failed:\n%s", page.url, done.crash.rstrip())
    if done.failure is None:
        counts.pages_ok += 1
        return
    counts.pages_failed += 1
    counts.error = counts.error or done.failure
    logger.info("%s board %s: %s", page.source, page.board, done.failure)  # summary prints it


def _worker_died(task: tuple[Path, ArchivedPage], exc: BaseException) -> PageOutcome:
    directory, page = task
    try:
        body = read_body(directory, page)
    except OSError:
        body = b""
    detail = f"the extraction worker process died ({type(exc).__name__})"
    return outcome(page, failed(page, "extract_error", detail, body), crash=detail)
