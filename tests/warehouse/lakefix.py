"""Write small hand-made lakes (raw jsonl, _runs.jsonl, normalized parquet) for warehouse tests."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from jobwatch.pipeline.schema import POSTING_COLUMNS, POSTING_SCHEMA

if TYPE_CHECKING:
    from pathlib import Path

VERSION = "test-1"
W1, W2, W3, W4 = (dt.date(2026, 10, 5) + dt.timedelta(weeks=i) for i in range(4))


def crawl_id(source: str, week: dt.date, attempt: int = 1) -> str:
    """`<source>-<YYYYMMDDTHHMMSSZ>-<6 hex>`: later attempts sort later."""
    return f"{source}-{week:%Y%m%d}T{attempt:02d}0000Z-abc{attempt:03x}"


def posting(source_id: str, **fields: Any) -> dict[str, Any]:
    """A normalized posting spec; the board and crawl are filled in by write_crawl."""
    return {"source_id": source_id, **fields}


def normalized_row(source: str, board: str, cid: str, week: dt.date, spec: dict) -> dict:
    row: dict[str, Any] = dict.fromkeys(POSTING_COLUMNS)
    row.update(
        posting_id=f"{source}/{board}/{spec['source_id']}",
        source=source,
        board=board,
        crawl_id=cid,
        title=f"Job {spec['source_id']}",
        work_mode="onsite",
        taxonomy_version=VERSION,
    )
    row.update(spec)
    row.setdefault("cluster_id", row["posting_id"])
    if row["cluster_id"] is None:
        row["cluster_id"] = row["posting_id"]
    return row


def _raw_line(source: str, board: str, cid: str, spec: dict) -> dict:
    return {
        "source": source,
        "board": board,
        "source_id": spec["source_id"],
        "title": spec.get("title") or f"Job {spec['source_id']}",
        "company": spec.get("company"),
        "salary_structured": None,
        "crawl_id": cid,
        "payload": {"id": spec["source_id"], "html": "<p>verbatim</p>"},
    }


def _run_row(source: str, board: str, cid: str, week: dt.date, status: str, n: int) -> dict:
    return {
        "crawl_id": cid,
        "source": source,
        "board": board,
        "week": week.isoformat(),
        "started_at": f"{week}T01:00:00Z",
        "finished_at": f"{week}T01:05:00Z",
        "status": status,
        "http_status": {"200": 1} if status == "ok" else {"500": 1},
        "requests": 1,
        "items": n,
        "parse_errors": 0,
        "quarantined": 0,
        "error": None if status == "ok" else f"{status} on purpose",
        "stale_slug": False,
        "duration_s": 300.0,
    }


def write_crawl(
    home: Path,
    source: str,
    week: dt.date,
    boards: dict[str, tuple[str, list[dict]]],
    *,
    attempt: int = 1,
    normalize: bool = True,
) -> str:
    """One finished crawl of `source`: boards maps board -> (status, postings)."""
    cid = crawl_id(source, week, attempt)
    raw = home / "raw" / f"source={source}" / f"week={week}" / f"crawl={cid}"
    raw.mkdir(parents=True)
    runs, rows = [], []
    for board, (status, specs) in boards.items():
        runs.append(_run_row(source, board, cid, week, status, len(specs)))
        lines = [json.dumps(_raw_line(source, board, cid, s)) + "\n" for s in specs]
        (raw / f"{board}.jsonl").write_text("".join(lines), encoding="utf-8")
        rows += [normalized_row(source, board, cid, week, s) for s in specs]
    (raw / "_runs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in runs), "utf-8")
    if normalize:
        norm = home / "normalized" / f"taxonomy={VERSION}" / raw.relative_to(home / "raw")
        norm.mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=POSTING_SCHEMA), norm / "postings.parquet")
    return cid
