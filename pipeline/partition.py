"""Parts of a crawl dir (line ranges of its board files) normalized apart, then merged in order."""

from __future__ import annotations

import shutil
from contextlib import ExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from jobwatch.core.layout import NORMALIZED_QUARANTINE, PARTS, POSTINGS, board_files
from jobwatch.pipeline.batch import NormalizeResult, Source, normalize_sources
from jobwatch.pipeline.writers import PostingWriter, atomic_path

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

PARTS_DIR = PARTS
_BLOCK = 1 << 20


@dataclass(frozen=True)
class Segment:
    path: Path
    name: str  # what quarantine lines cite: "crawl=<id>/<board>.jsonl"
    start: int
    end: int  # byte offsets, at line starts
    first_line: int


@dataclass(frozen=True)
class Part:
    crawl_dir: Path
    out_dir: Path
    index: int
    count: int
    segments: tuple[Segment, ...]

    @property
    def size(self) -> int:
        return sum(s.end - s.start for s in self.segments)

    def outputs(self) -> tuple[Path, Path]:
        if self.count == 1:
            return self.out_dir / POSTINGS, self.out_dir / NORMALIZED_QUARANTINE
        stem = self.out_dir / PARTS_DIR / f"part-{self.index:05d}"
        return stem.with_suffix(".parquet"), stem.with_suffix(".quarantine.jsonl")


def _count_lines(handle: BinaryIO, start: int, end: int) -> int:
    handle.seek(start)
    count, left = 0, end - start
    while left > 0:
        block = handle.read(min(_BLOCK, left))
        if not block:
            break
        count, left = count + block.count(b"\n"), left - len(block)
    return count


def _segments(path: Path, name: str, part_bytes: int | None) -> list[Segment]:
    """The file cut at line starts into pieces of about part_bytes (one piece when None)."""
    size = path.stat().st_size
    if part_bytes is None or size <= part_bytes:
        return [Segment(path, name, 0, size, 1)]
    out, start, line = [], 0, 1
    with path.open("rb") as handle:
        while start + part_bytes < size:
            handle.seek(start + part_bytes)
            handle.readline()
            end = handle.tell()
            out.append(Segment(path, name, start, end, line))
            line += _count_lines(handle, start, end)
            start = end
    if start < size:
        out.append(Segment(path, name, start, size, line))
    return out


def split_crawl_dir(crawl_dir: Path, out_dir: Path, *, part_bytes: int | None) -> list[Part]:
    """The parts of one crawl dir, in line order; stale parts of a crashed run are removed."""
    groups: list[list[Segment]] = [[]]
    for board in board_files(crawl_dir):
        for segment in _segments(board, f"{crawl_dir.name}/{board.name}", part_bytes):
            used = sum(s.end - s.start for s in groups[-1])
            if (
                groups[-1]
                and part_bytes is not None
                and used + segment.end - segment.start > part_bytes
            ):
                groups.append([])
            groups[-1].append(segment)
    shutil.rmtree(out_dir / PARTS_DIR, ignore_errors=True)
    return [Part(crawl_dir, out_dir, i, len(groups), tuple(g)) for i, g in enumerate(groups)]


def _lines(handle: BinaryIO, segment: Segment) -> Iterator[bytes]:
    handle.seek(segment.start)
    left = segment.end - segment.start
    while left > 0:
        line = handle.readline()
        if not line:
            return
        left -= len(line)
        yield line


def normalize_part(part: Part) -> NormalizeResult:
    """Normalize one part to its outputs (the crawl dir's own files when it is the only part)."""
    postings, quarantine = part.outputs()
    with ExitStack() as stack:
        sources: list[Source] = []
        for seg in part.segments:
            handle = stack.enter_context(seg.path.open("rb"))
            sources.append((_lines(handle, seg), seg.name, seg.first_line))
        return normalize_sources(sources, postings, quarantine)


def merge_parts(
    out_dir: Path, postings: str, quarantine: str, results: list[NormalizeResult]
) -> NormalizeResult:
    """Concatenate the parts in order into postings and quarantine; remove the parts."""
    parts_dir = out_dir / PARTS_DIR
    total = NormalizeResult()
    writer = PostingWriter(out_dir / postings)
    try:
        for path in sorted(parts_dir.glob("part-*.parquet")):
            for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
                writer.write_table(pa.Table.from_batches([batch]))
        total.files.append(writer.close())
    except BaseException:
        writer.abort()
        raise
    bad = sorted(parts_dir.glob("part-*.quarantine.jsonl"))
    if bad:
        with atomic_path(out_dir / quarantine) as temp, temp.open("wb") as handle:
            for path in bad:
                handle.write(path.read_bytes())
        total.files.append(out_dir / quarantine)
    for result in results:
        total.postings += result.postings
        total.quarantined += result.quarantined
        total.reasons.update(result.reasons)
    shutil.rmtree(parts_dir, ignore_errors=True)
    return total
