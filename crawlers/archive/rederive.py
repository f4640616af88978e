"""Re-derive a finished crawl's postings from its archived pages, without fetching anything."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from jobwatch.core.errors import UserError
from jobwatch.core.layout import QUARANTINE, board_file, temp_before
from jobwatch.crawlers.archive.extract import ExtractionReport, extract_archive
from jobwatch.crawlers.archive.pages import INDEX
from jobwatch.crawlers.pipelines.lines import JsonlWriter


def extract_pages(
    crawl_dir: Path | str, out_dir: Path | str, *, workers: int | None = None
) -> ExtractionReport:
    """Extract every page archived in `crawl_dir` with today's extractors into `out_dir`, a new
    directory: `<board>.jsonl` and `_quarantine.jsonl`, line for line what a crawl would write.

    The crawl directory is read only (the raw lake is never rewritten); `out_dir` appears
    complete or not at all. Transport failures (HTTP errors, cut-off bodies) were never archived,
    so their quarantine lines stay in the crawl's own `_quarantine.jsonl`."""
    crawl_dir, out_dir = Path(crawl_dir), Path(out_dir)
    if not (crawl_dir / INDEX).is_file():
        raise UserError(f"{crawl_dir} has no archived pages ({INDEX}): nothing to re-extract")
    if out_dir.exists():
        raise UserError(f"{out_dir} already exists: re-extraction writes a new directory")
    tmp = temp_before(out_dir)
    shutil.rmtree(tmp, ignore_errors=True)  # left by an interrupted re-extraction
    tmp.mkdir(parents=True)
    files = JsonlWriter()
    try:
        report = extract_archive(
            crawl_dir,
            files,
            lambda board: board_file(tmp, board),
            tmp / QUARANTINE,
            workers=workers,
        )
        files.close()
    except BaseException:
        files.close()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    os.replace(tmp, out_dir)
    return report
