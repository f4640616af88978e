"""Where a response body becomes postings: the one place, whichever way a platform extracts.

A platform declares its extraction (crawlers/platform.py):

- ARCHIVE: the spider never reads a page. It yields the body as fetched (PageBody), the lake
  writer archives it, and when the spider closes ArchiveExtraction runs `extract_page` over every
  archived page on every core (crawlers/archive/), appending the lines in fetch order and adding
  the counts to the boards' health before the run rows are written.
- CALLBACK: the page says what to fetch next (paging links, a sitemap, a list of details), so the
  spider extracts in its Scrapy callback and `settle`s the result the same way.

Either way `settle` makes one posting per source id of a response: the same id listed twice
with the same title (a job under two locations) is one posting with both places; a second
version with another title is quarantined (`duplicate_id`) and counted, never silently dropped.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from scrapy import signals

from jobwatch.crawlers import health, platforms

# A module, not its names: the archive's worker imports this module back (circular at import).
from jobwatch.crawlers.archive import extract as archive_extract
from jobwatch.crawlers.archive.pages import read_index
from jobwatch.crawlers.output import CrawlOutput
from jobwatch.crawlers.pipelines.lines import JsonlWriter
from jobwatch.crawlers.records import quarantine_line

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Self

    from scrapy import Spider
    from scrapy.crawler import Crawler

    from jobwatch.crawlers.archive.extract import ExtractionReport
    from jobwatch.crawlers.extract.result import ExtractResult

logger = logging.getLogger(__name__)
EXTRACTION_STAT = "jobwatch/extraction"  # ExtractionReport.summary() of the crawl
MERGED_FIELDS = ("location_raw", "remote_raw")  # what a job listed under two places differs in


def extractor(source: str) -> Callable[..., ExtractResult]:
    """The declared page extractor of an ARCHIVE source (KeyError for a CALLBACK source)."""
    return platforms.extractors()[source]


def extract_page(
    source: str,
    body: bytes,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    meta: dict[str, Any] | None = None,
) -> ExtractResult:
    """One archived page of `source` -> its settled postings and quarantine lines."""
    result = extractor(source)(
        body, board=board, url=url, fetched_at=fetched_at, crawl_id=crawl_id, **(meta or {})
    )
    return settle(result, url)


def settle(result: ExtractResult, url: str) -> ExtractResult:
    """One posting per source id: same-title repeats merged into the first, others quarantined."""
    first: dict[str, dict[str, Any]] = {}
    kept: list[dict[str, Any]] = []
    for item in result.items:
        seen = first.get(item["source_id"])
        if seen is None:
            first[item["source_id"]] = item
            kept.append(item)
        elif seen["title"] == item["title"]:
            for name in MERGED_FIELDS:
                seen[name] = _joined(seen.get(name), item.get(name))
        else:
            result.errors.append(_conflict(seen, item, url))
    result.items = kept
    return result


def _joined(first: str | None, more: str | None) -> str | None:
    """ "A; B": the places of a job listed twice, each once, in order (the pipeline splits on ;)."""
    parts = [p for p in (first or "").split("; ") if p]
    parts += [p for p in (more or "").split("; ") if p and p not in parts]
    return "; ".join(parts) or None


def _conflict(seen: dict[str, Any], item: dict[str, Any], url: str) -> dict[str, Any]:
    detail = (
        f"posting id {item['source_id']} listed again with another title: "
        f"{item['title']!r}, first {seen['title']!r} (the first is kept)"
    )
    return quarantine_line(
        source=item["source"],
        board=item.get("board"),
        url=url,
        reason="duplicate_id",
        detail=detail,
        body=item.get("payload", item),
        fetched_at=item.get("fetched_at"),
        crawl_id=item.get("crawl_id"),
    )


class ArchiveExtraction:
    """At spider close, before the run log: the crawl's archived pages -> its board files.

    Listed in EXTENSIONS before the run log, so its spider_closed handler runs first."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats
        self.output = CrawlOutput.from_settings(crawler.settings)
        self.workers: int | None = (
            int(crawler.settings.get("JOBWATCH_EXTRACT_WORKERS") or 0) or None
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Spider, reason: str) -> None:
        directory = self.output.archive_dir()
        if read_index(directory):
            self.extract(directory)

    def extract(self, directory: Path) -> None:
        """Extract the archived pages into the crawl's files and count them per board."""
        files = JsonlWriter()
        try:
            report = archive_extract.extract_archive(
                directory,
                files,
                self.output.items_path,
                self.output.quarantine_path(),
                workers=self.workers,
            )
        except Exception as exc:  # e.g. disk full: the boards say so instead of looking empty
            logger.exception("extracting the archived pages of %s failed", directory)
            for board in dict.fromkeys(page.board for page in read_index(directory)):
                health.inc(self.stats, board, "pages_failed")
                health.note_error(self.stats, board, f"extraction failed: {exc}")
            return
        finally:
            files.close()
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
