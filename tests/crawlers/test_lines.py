"""JSONL lines (orjson) are the bytes json.dumps gives, and the writer appends every record."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from jobwatch.crawlers.lake import dumps
from jobwatch.crawlers.pipelines.lines import CHUNK_LINES, JsonlWriter, encode_line

if TYPE_CHECKING:
    from pathlib import Path

RECORDS = [
    {"title": "Senior ML Engineer – Zürich", "n": 150000.0, "x": None, "ok": True, "l": [1, "€"]},
    {"source_id": "1", "payload": {"nested": {"deep": [1.5, -0.0, 1e16, 2**63]}}},
    {"text": 'quote " backslash \\ tab \t nl \n ctl \x01 \u2028'},
]


@pytest.mark.parametrize("record", RECORDS)
def test_encoded_line_is_json_dumps_bytes(record: dict[str, object]) -> None:
    assert encode_line(record) == dumps(record).encode("utf-8")


@pytest.mark.parametrize(
    "record",
    [{"id": 2**70}, {1: "int key"}, {"when": __import__("datetime").date(2026, 11, 16)}],
)
def test_records_orjson_refuses_or_renders_differently_take_json_dumps(record: object) -> None:
    assert encode_line(record) == dumps(record).encode("utf-8")


def test_lone_surrogate_is_written_escaped_not_lost() -> None:
    line = encode_line({"title": "bad \ud800 char"})
    assert json.loads(line) == {"title": "bad \ud800 char"}


def test_writer_appends_every_record_across_chunks(tmp_path: Path) -> None:
    path, writer = tmp_path / "board.jsonl", JsonlWriter()
    records = [{"source_id": str(n), "title": f"Role {n}"} for n in range(CHUNK_LINES * 2 + 3)]
    assert writer.write(path, records) == len(records)
    assert writer.write(path, iter(records[:2])) == 2
    assert writer.write(tmp_path / "never.jsonl", []) == 0
    writer.close()
    expected = "".join(dumps(r) + "\n" for r in records + records[:2])
    assert path.read_text(encoding="utf-8") == expected
    assert not (tmp_path / "never.jsonl").exists()  # no empty file for a page without postings
