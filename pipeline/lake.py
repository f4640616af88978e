"""Normalize the raw lake: one postings.parquet per finished crawl dir, per taxonomy version."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from jobwatch.config import paths
from jobwatch.errors import UserError
from pipeline.batch import Batch, NormalizeResult, normalize_lines, write_batch
from pipeline.taxonomy import TAXONOMY_VERSION

Progress = Callable[[int, int, str], None]
POSTINGS, QUARANTINE = "postings.parquet", "quarantine.jsonl"
# Below this many crawl dirs a process pool costs more (start-up, imports) than it saves.
POOL_MIN_DIRS = 4


def finished_crawl_dirs(home: Path) -> list[Path]:
    """raw/source=*/week=*/crawl=*: renamed, so finished; .tmp-crawl=* dirs are ignored."""
    raw = paths(home).raw
    return sorted(d for d in raw.glob("source=*/week=*/crawl=*") if d.is_dir())


def output_dir(home: Path, crawl_dir: Path) -> Path:
    """normalized/taxonomy=V/source=S/week=W/crawl=ID for a raw crawl dir."""
    week_dir, source_dir = crawl_dir.parent, crawl_dir.parent.parent
    base = paths(home).normalized / f"taxonomy={TAXONOMY_VERSION}"
    return base / source_dir.name / week_dir.name / crawl_dir.name


def _board_files(crawl_dir: Path) -> list[Path]:
    # _runs.jsonl and _quarantine.jsonl are the crawler's bookkeeping, not postings.
    return sorted(p for p in crawl_dir.glob("*.jsonl") if not p.name.startswith("_"))


def normalize_crawl_dir(crawl_dir: Path, out_dir: Path) -> NormalizeResult:
    """Every board file of one crawl into one postings.parquet (+ quarantine.jsonl)."""
    batch = Batch()
    for board_file in _board_files(crawl_dir):
        with board_file.open("rb") as handle:
            normalize_lines(handle, f"{crawl_dir.name}/{board_file.name}", batch)
    return write_batch(batch, out_dir / POSTINGS, out_dir / QUARANTINE)


def _job(args: tuple[Path, Path]) -> NormalizeResult:
    return normalize_crawl_dir(*args)


def _run(jobs: list[tuple[Path, Path]], workers: int) -> Iterator[NormalizeResult]:
    if workers <= 1 or len(jobs) < POOL_MIN_DIRS:
        yield from map(_job, jobs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # Results arrive in order, as each batch of crawl dirs finishes.
        yield from pool.map(_job, jobs, chunksize=max(1, len(jobs) // (workers * 4)))


def _checked(crawl_dirs: list[Path]) -> list[Path]:
    for crawl_dir in crawl_dirs:
        if not crawl_dir.is_dir() or not crawl_dir.name.startswith("crawl="):
            raise UserError(f"not a finished crawl directory: {crawl_dir}")
    return crawl_dirs


def normalize_lake(
    home: Path | str,
    *,
    crawl_dirs: list[Path] | None = None,
    force: bool = False,
    on_progress: Progress | None = None,
    workers: int | None = None,
) -> NormalizeResult:
    """Normalize every finished crawl dir not yet done at this taxonomy version (all if force)."""
    root = Path(home)
    if crawl_dirs is not None:
        candidates = _checked([Path(d) for d in crawl_dirs])
    else:
        candidates = finished_crawl_dirs(root)
    jobs = [(d, output_dir(root, d)) for d in candidates]
    todo = [job for job in jobs if force or not (job[1] / POSTINGS).exists()]
    total = NormalizeResult(skipped=len(jobs) - len(todo))
    count = workers if workers is not None else min(len(todo), os.cpu_count() or 1)
    for done, result in enumerate(_run(todo, count), start=1):
        total.add(result)
        if on_progress is not None:
            on_progress(done, len(todo), todo[done - 1][0].name)
    return total
