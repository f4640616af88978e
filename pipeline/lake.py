"""Normalize the raw lake: one postings.parquet per finished crawl dir, per taxonomy version.

Work is cut into parts of about PART_BYTES of board lines, so one large crawl dir keeps every
core busy too; a crawl dir of several parts is merged, in line order, into its postings.parquet.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from jobwatch.core import layout
from jobwatch.core.config import paths
from jobwatch.core.errors import UserError
from jobwatch.core.layout import NORMALIZED_QUARANTINE, POSTINGS
from jobwatch.pipeline.batch import NormalizeResult
from jobwatch.pipeline.partition import Part, merge_parts, normalize_part, split_crawl_dir
from jobwatch.pipeline.taxonomy import TAXONOMY_VERSION

Progress = Callable[[int, int, str], None]
# Below this much input a process pool costs more (start-up, imports) than it saves (~1 s).
POOL_MIN_BYTES = 4 * 1024 * 1024
PART_BYTES = 8 * 1024 * 1024  # ~2,000 postings with 3,000-character descriptions


def finished_crawl_dirs(home: Path) -> list[Path]:
    """raw/source=*/week=*/crawl=*: renamed, so finished; .tmp-crawl=* dirs are ignored."""
    return layout.finished_crawl_dirs(paths(home).raw)


def output_dir(home: Path, crawl_dir: Path) -> Path:
    """normalized/taxonomy=V/source=S/week=W/crawl=ID for a raw crawl dir."""
    return layout.normalized_crawl_dir(paths(home).normalized, TAXONOMY_VERSION, crawl_dir)


def _run(parts: list[Part], workers: int) -> Iterator[NormalizeResult]:
    size = sum(part.size for part in parts)
    if workers <= 1 or len(parts) < 2 or size < POOL_MIN_BYTES:
        yield from map(normalize_part, parts)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # Results arrive in order, as each part finishes; small chunks keep the cores even.
        yield from pool.map(normalize_part, parts, chunksize=1)


def _checked(crawl_dirs: list[Path]) -> list[Path]:
    for crawl_dir in crawl_dirs:
        if not layout.is_crawl_dir(crawl_dir):
            raise UserError(f"not a finished crawl directory: {crawl_dir}")
    return crawl_dirs


def _results(parts: list[Part], workers: int) -> Iterator[tuple[Path, NormalizeResult]]:
    """(crawl dir, result) once every part of the crawl dir is done and merged."""
    pending: list[NormalizeResult] = []
    for part, result in zip(parts, _run(parts, workers), strict=True):
        pending.append(result)
        if part.index == part.count - 1:
            if part.count == 1:
                yield part.crawl_dir, pending[0]
            else:
                merged = merge_parts(part.out_dir, POSTINGS, NORMALIZED_QUARANTINE, pending)
                yield part.crawl_dir, merged
            pending = []


def normalize_lake(
    home: Path | str,
    *,
    crawl_dirs: list[Path] | None = None,
    force: bool = False,
    on_progress: Progress | None = None,
    workers: int | None = None,
    part_bytes: int | None = PART_BYTES,
) -> NormalizeResult:
    """Normalize every finished crawl dir not yet done at this taxonomy version (all if force),
    in parts of about `part_bytes` (None: one part per crawl dir) over `workers` processes."""
    root = Path(home)
    if crawl_dirs is not None:
        candidates = _checked([Path(d) for d in crawl_dirs])
    else:
        candidates = finished_crawl_dirs(root)
    jobs = [(d, output_dir(root, d)) for d in candidates]
    todo = [job for job in jobs if force or not (job[1] / POSTINGS).exists()]
    total = NormalizeResult(skipped=len(jobs) - len(todo))
    parts = [p for d, out in todo for p in split_crawl_dir(d, out, part_bytes=part_bytes)]
    count = workers if workers is not None else min(len(parts), os.cpu_count() or 1)
    for done, (crawl_dir, result) in enumerate(_results(parts, count), start=1):
        total.add(result)
        if on_progress is not None:
            on_progress(done, len(todo), crawl_dir.name)
    return total
