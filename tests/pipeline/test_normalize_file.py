"""normalize_file: both output formats, quarantine with reasons, atomic output."""

import json

import pyarrow.parquet as pq
import pytest

from jobwatch.core.errors import UserError
from jobwatch.pipeline.normalize import normalize_file
from jobwatch.pipeline.schema import POSTING_SCHEMA
from tests.pipeline.conftest import raw_posting, write_lines


def _good_lines() -> list:
    return [
        raw_posting(),
        raw_posting(
            source_id="4012346",
            title="Data Analyst",
            location_raw="Remote - US",
            salary_structured=None,
        ),
        raw_posting(source_id="4012347"),  # the same job reposted: same cluster, not canonical
    ]


def test_parquet_output_has_the_posting_schema(tmp_path) -> None:
    source = write_lines(tmp_path / "examplelabs.jsonl", _good_lines())
    result = normalize_file(source, tmp_path / "out.parquet")
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.equals(POSTING_SCHEMA)
    assert (result.postings, result.quarantined, table.num_rows) == (3, 0, 3)
    # one row per line, a repost too: which copy counts is the warehouse's choice per week
    assert table.column("cluster_id").to_pylist()[0] == table.column("cluster_id").to_pylist()[2]
    assert table.column("role").to_pylist() == ["AI/ML Engineer", "Data Analyst", "AI/ML Engineer"]
    assert result.files == [tmp_path / "out.parquet"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp")] == []


def test_jsonl_output_lines_use_the_schema_names(tmp_path) -> None:
    source = write_lines(tmp_path / "in.jsonl", _good_lines())
    normalize_file(source, tmp_path / "out.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [list(row) for row in rows] == [POSTING_SCHEMA.names] * 3
    assert rows[1]["work_mode"] == "remote"
    assert rows[1]["country"] == "US"
    assert rows[0]["fetched_at"].startswith("2026-11-16")


def test_bad_lines_are_counted_and_quarantined_with_reasons(tmp_path) -> None:
    lines = [
        raw_posting(),
        '{"source": "greenhouse", "title": "broken',  # truncated JSON
        "<html>Service Unavailable</html>",
        raw_posting(source_id=None),
        raw_posting(
            source_id="77",
            salary_structured={"min": 1, "max": 3, "currency": "USD", "period": "year"},
        ),
        b"\xff\xfe not utf-8",
        "",
        "[1, 2]",
    ]
    source = write_lines(tmp_path / "board.jsonl", lines)
    result = normalize_file(source, tmp_path / "out.parquet")
    assert result.postings == 2  # the absurd-salary posting is kept, without its salary
    assert result.reasons == {
        "malformed_json": 2,
        "missing_required": 1,
        "salary_absurd": 1,
        "bad_encoding": 1,
        "not_object": 1,
    }
    assert result.quarantined == 6
    quarantine = tmp_path / "out.quarantine.jsonl"
    assert quarantine in result.files
    entries = [json.loads(line) for line in quarantine.read_text().splitlines()]
    assert [e["where"] for e in entries] == [f"board.jsonl:{n}" for n in (2, 3, 4, 5, 6, 8)]
    assert entries[0]["body"].startswith('{"source": "greenhouse"')
    kept = pq.read_table(tmp_path / "out.parquet").to_pylist()[1]
    assert kept["source_id"] == "77"
    assert kept["salary_min_usd"] is None


def test_unknown_output_format_and_missing_input_are_user_errors(tmp_path) -> None:
    source = write_lines(tmp_path / "in.jsonl", _good_lines())
    with pytest.raises(UserError, match=r"\.jsonl or \.parquet"):
        normalize_file(source, tmp_path / "out.csv")
    with pytest.raises(UserError, match="no such input"):
        normalize_file(tmp_path / "missing.jsonl", tmp_path / "out.jsonl")
    assert not (tmp_path / "out.csv").exists()


def test_a_normalized_posting_is_not_taken_for_a_raw_one(tmp_path) -> None:
    # normalize output written over a raw file: its lines parse, but no crawl wrote them
    source = write_lines(tmp_path / "in.jsonl", _good_lines())
    normalize_file(source, tmp_path / "once.jsonl")
    again = normalize_file(tmp_path / "once.jsonl", tmp_path / "twice.jsonl")
    assert (again.postings, again.reasons) == (0, {"not_a_raw_posting": 3})
