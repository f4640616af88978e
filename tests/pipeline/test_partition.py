"""A large crawl dir split into parts (and over processes) gives the same files as one pass."""

from __future__ import annotations

import itertools
import json
from typing import TYPE_CHECKING

import pyarrow.parquet as pq
import pytest

from jobwatch.pipeline import lake
from jobwatch.pipeline.lake import normalize_lake, output_dir
from jobwatch.pipeline.partition import PARTS_DIR, split_crawl_dir
from tests.pipeline.conftest import raw_posting, write_lines

if TYPE_CHECKING:
    from pathlib import Path

CRAWL = "greenhouse-20261116T0930Z-aaaaaa"


def _lake(home: Path) -> Path:
    crawl_dir = home / "raw/source=greenhouse/week=2026-11-16" / f"crawl={CRAWL}"
    lines: list[object] = []
    for n in range(120):
        lines.append(raw_posting(source_id=str(n), title=f"Data Engineer {n % 7}"))
        if n % 40 == 5:
            lines.append("{not json")
    write_lines(crawl_dir / "examplelabs.jsonl", lines)
    write_lines(crawl_dir / "other.jsonl", [raw_posting(board="other", source_id="x")])
    return crawl_dir


def _read(home: Path, crawl_dir: Path) -> tuple[list[tuple[str, str]], list[str]]:
    out = output_dir(home, crawl_dir)
    table = pq.read_table(out / "postings.parquet")
    rows = list(
        zip(
            table.column("source_id").to_pylist(),
            table.column("cluster_id").to_pylist(),
            strict=True,
        )
    )
    bad = [json.loads(line)["where"] for line in (out / "quarantine.jsonl").open()]
    return rows, bad


@pytest.mark.parametrize("workers", [1, 2])
def test_parts_give_the_same_files_as_one_pass(tmp_path, monkeypatch, workers) -> None:
    crawl_dir = _lake(tmp_path)
    whole = normalize_lake(tmp_path, part_bytes=None)
    expected = _read(tmp_path, crawl_dir)
    parts = split_crawl_dir(crawl_dir, output_dir(tmp_path, crawl_dir), part_bytes=20_000)
    assert len(parts) >= 5  # the test really splits the board file
    monkeypatch.setattr(lake, "POOL_MIN_BYTES", 0)  # a real process pool even for small input
    progress: list[tuple[int, int]] = []
    split = normalize_lake(
        tmp_path,
        force=True,
        workers=workers,
        part_bytes=20_000,
        on_progress=lambda d, t, _: progress.append((d, t)),
    )
    assert _read(tmp_path, crawl_dir) == expected
    assert (split.postings, split.quarantined) == (whole.postings, whole.quarantined) == (121, 3)
    assert progress == [(1, 1)]
    assert not (output_dir(tmp_path, crawl_dir) / PARTS_DIR).exists()
    # 7 distinct titles at one place: 7 jobs on examplelabs (+ other's one), in line order.
    assert len({cluster for _, cluster in expected[0]}) == 8


def test_quarantine_lines_keep_their_file_line_numbers(tmp_path) -> None:
    crawl_dir = _lake(tmp_path)
    normalize_lake(tmp_path, part_bytes=20_000)
    _, bad = _read(tmp_path, crawl_dir)
    assert bad == [f"crawl={CRAWL}/examplelabs.jsonl:{n}" for n in (7, 48, 89)]


def test_segments_cut_at_line_starts(tmp_path) -> None:
    crawl_dir = _lake(tmp_path)
    parts = split_crawl_dir(crawl_dir, tmp_path / "out", part_bytes=20_000)
    segments = [s for p in parts for s in p.segments if s.name.endswith("examplelabs.jsonl")]
    data = segments[0].path.read_bytes()
    assert segments[0].start == 0
    assert segments[-1].end == len(data)
    for before, after in itertools.pairwise(segments):
        assert before.end == after.start
        assert data[after.start - 1 : after.start] == b"\n"
        assert after.first_line == data[: after.start].count(b"\n") + 1


def test_normalize_file_streams_in_chunks_and_leaves_no_partial_file(tmp_path, monkeypatch):
    from jobwatch.pipeline import batch
    from jobwatch.pipeline.batch import normalize_file

    source = write_lines(tmp_path / "in.jsonl", [raw_posting(source_id=str(n)) for n in range(35)])
    whole = pq.read_table(normalize_file(source, tmp_path / "whole.parquet").files[0])
    monkeypatch.setattr(batch, "FLUSH_ROWS", 10)
    chunked = normalize_file(source, tmp_path / "chunked.parquet").files[0]
    assert pq.ParquetFile(chunked).metadata.num_row_groups == 4  # held 10 rows at a time
    assert pq.read_table(chunked).equals(whole)

    original, calls = batch.PostingWriter.write, []

    def explode(writer, rows):
        calls.append(len(rows))
        if len(calls) > 2:
            raise KeyboardInterrupt  # a crash after two chunks were written
        original(writer, rows)

    monkeypatch.setattr(batch.PostingWriter, "write", explode)
    with pytest.raises(KeyboardInterrupt):
        normalize_file(source, tmp_path / "crashed.parquet")
    assert calls == [10, 10, 10]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "chunked.parquet",
        "in.jsonl",
        "whole.parquet",
    ]
