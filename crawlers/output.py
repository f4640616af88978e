"""Where one crawl writes: its board files, quarantine file and page archive, and publishing them.

Lake mode writes into the crawl's `.tmp-crawl=<id>` directory, published by renaming it (the run
log does, after writing `_runs.jsonl`); out mode writes temp names beside the out file, published
by renaming them, the page archive kept in a hidden directory beside it and removed then.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from jobwatch.core.layout import QUARANTINE, board_file, out_archive_dir, out_quarantine, temp_after

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


class CrawlOutput:
    def __init__(self, crawl_id: str, crawl_dir: Path | None, out: Path | None):
        if (crawl_dir is None) == (out is None):
            raise ValueError("set exactly one of JOBWATCH_CRAWL_DIR and JOBWATCH_OUT")
        self.crawl_id, self.crawl_dir, self.out = crawl_id, crawl_dir, out

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> CrawlOutput:
        crawl_dir, out = settings.get("JOBWATCH_CRAWL_DIR"), settings.get("JOBWATCH_OUT")
        crawl_id = settings.get("JOBWATCH_CRAWL_ID") or "unknown"
        return cls(crawl_id, Path(crawl_dir) if crawl_dir else None, Path(out) if out else None)

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

    def open(self) -> None:
        if self.crawl_dir is not None:
            self.crawl_dir.mkdir(parents=True, exist_ok=True)
        else:
            assert self.out is not None
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self._tmp(self.out).touch()  # the out file exists even when no posting was found

    def publish_out(self) -> None:
        """Out mode: the out file (and its quarantine file) replace earlier ones, complete."""
        if self.out is None:
            return
        shutil.rmtree(self.archive_dir(), ignore_errors=True)  # out mode keeps only the files
        os.replace(self._tmp(self.out), self.out)
        quarantine_tmp, quarantine = self.quarantine_path(), out_quarantine(self.out)
        if quarantine_tmp.exists():
            os.replace(quarantine_tmp, quarantine)
        else:  # a quarantine file left by an earlier run belongs to the out file just replaced
            quarantine.unlink(missing_ok=True)
