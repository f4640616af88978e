"""At spider close: one crawl-run row per board, `_runs.jsonl`, and publishing the crawl's files."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals

from jobwatch.core.layout import RUNS, final_crawl_dir, temp_after
from jobwatch.crawlers import health
from jobwatch.crawlers.extraction import EXTRACTION_STAT
from jobwatch.crawlers.lake import dumps
from jobwatch.crawlers.output import CrawlOutput

if TYPE_CHECKING:
    from typing import Self

    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class RunLogExtension:
    """Builds the run rows from the per-board health in the crawler stats (`.runs` after close)."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.crawl_id: str = settings.get("JOBWATCH_CRAWL_ID") or "unknown"
        self.week: str = settings.get("JOBWATCH_WEEK") or ""
        crawl_dir = settings.get("JOBWATCH_CRAWL_DIR")
        self.tmp_dir = Path(crawl_dir) if crawl_dir else None
        self.final_dir: Path | None = None
        self.runs: list[dict[str, Any]] = []
        self.extraction: dict[str, Any] | None = None  # the archive's extraction figures

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_closed(self, spider: Spider, reason: str) -> None:
        assert self.crawler.stats is not None
        stats = self.crawler.stats.get_stats()
        self.extraction = stats.get(EXTRACTION_STAT)
        self.runs = [
            health.run_row(
                stats,
                crawl_id=self.crawl_id,
                source=spider.name,
                week=self.week,
                board=board,
                closing_reason=reason,
            )
            for board in getattr(spider, "boards", [])
        ]
        if self.tmp_dir is not None:
            self._finalize(self.tmp_dir)
        elif self.crawler.settings.get("JOBWATCH_OUT"):
            CrawlOutput.from_settings(self.crawler.settings).publish_out()

    def _finalize(self, tmp_dir: Path) -> None:
        """Write `_runs.jsonl` (always, even when every board failed), then publish the dir."""
        tmp_dir.mkdir(parents=True, exist_ok=True)
        runs_tmp = temp_after(tmp_dir / RUNS)
        runs_tmp.write_text("".join(dumps(row) + "\n" for row in self.runs), encoding="utf-8")
        os.replace(runs_tmp, tmp_dir / RUNS)
        final = final_crawl_dir(tmp_dir)
        os.replace(tmp_dir, final)
        self.final_dir = final
        logger.info("crawl %s written to %s", self.crawl_id, final)
