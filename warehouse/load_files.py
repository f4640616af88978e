"""Read one crawl's files: its run rows, its normalized postings, and the damage they hold."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from jobwatch.core import layout
from jobwatch.warehouse.lake_tables import POSTING_COLUMNS, POSTING_TYPES, RUN_TYPES

if TYPE_CHECKING:
    from pathlib import Path

    from jobwatch.warehouse.lake import LakeCrawl

# normalization's reasons for a damaged raw line (pipeline/batch.py)
RAW_BAD_LINES = ("malformed_json", "bad_encoding", "not_a_raw_posting")


class SetAside(Exception):
    """The crawl's files cannot be read: it loads nothing this build, named by its problem."""

    def __init__(self, problem: dict[str, Any]) -> None:
        self.problem = problem


def problem(
    crawl: LakeCrawl, path: Path, reason: str, detail: str, board: str | None = None
) -> dict[str, Any]:
    return {
        "crawl_id": crawl.crawl_id,
        "path": str(path),
        "board": board,
        "reason": reason,
        "detail": detail,
    }


def load_crawl(
    con: duckdb.DuckDBPyConnection, crawl: LakeCrawl, problems: list[dict[str, Any]]
) -> None:
    """Insert the crawl's run rows, board files and postings; add what was damaged to problems."""
    runs = _run_rows(crawl, problems)
    con.register("_runs", runs)
    cast = ", ".join(f"try_cast({c} as {t}) as {c}" for c, t in RUN_TYPES.items())
    con.execute(
        "insert into lake_runs by name select ? as crawl_id, ? as source, ?::DATE as week,"
        f" {cast} from _runs",
        [crawl.crawl_id, crawl.source, crawl.week],
    )
    con.unregister("_runs")
    files = [(crawl.crawl_id, layout.board_of(p), p.stat().st_size) for p in crawl.board_files()]
    if files:
        con.executemany("insert into lake_board_files values (?, ?, ?)", files)
    con.execute("create or replace temp table _orphans (board VARCHAR, n BIGINT)")
    for path in crawl.normalized:
        _load_postings(con, crawl, path)
    problems += _orphans(con, crawl)
    problems += _raw_bad_lines(crawl)


def _run_rows(crawl: LakeCrawl, problems: list[dict[str, Any]]) -> pa.Table:
    """The crawl's run rows as text columns; a line that is not a JSON object is quarantined."""
    path = crawl.runs_file
    if not path.is_file():
        raise SetAside(problem(crawl, path, "missing_runs", "the crawl has no _runs.jsonl"))
    rows = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict) or not row.get("board"):
                    raise ValueError("not a run row (no board)")
            except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
                problems.append(problem(crawl, path, "malformed_json", f"line {number}: {exc}"))
                continue
            rows.append({c: _text(row.get(c)) for c in RUN_TYPES})
    columns = {c: pa.array([r[c] for r in rows], pa.string()) for c in RUN_TYPES}
    return pa.table(columns)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)


def _load_postings(con: duckdb.DuckDBPyConnection, crawl: LakeCrawl, path: Path) -> None:
    """One normalized file's rows of boards with a run row; the others are counted in _orphans."""
    try:
        present = set(pq.read_schema(path).names)
    except (OSError, pa.ArrowException) as exc:
        raise SetAside(problem(crawl, path, "unreadable_parquet", _first(exc))) from None
    cols = [c for c in POSTING_COLUMNS if c in present and c not in ("crawl_id", "board")]
    select = ", ".join(
        f"try_cast({c} as {POSTING_TYPES[c]}) as {c}" if c in POSTING_TYPES else c for c in cols
    )
    try:
        con.execute(
            "create or replace temp table _file as"
            f" select {select}, ? as crawl_id, coalesce(board, 'unknown') as board"
            " from read_parquet(?)",
            [crawl.crawl_id, str(path)],
        )
    except duckdb.Error as exc:
        raise SetAside(problem(crawl, path, "unreadable_parquet", _first(exc))) from None
    con.execute(
        "insert into _orphans select board, count(*) from _file"
        " where board not in (select board from lake_runs where crawl_id = ?) group by 1",
        [crawl.crawl_id],
    )
    con.execute(
        "insert into lake_postings by name select * from _file"
        " where board in (select board from lake_runs where crawl_id = ?)"
        " qualify row_number() over (partition by posting_id order by posting_id) = 1",
        [crawl.crawl_id],
    )
    con.execute("drop table _file")


def _orphans(con: duckdb.DuckDBPyConnection, crawl: LakeCrawl) -> list[dict[str, Any]]:
    """Boards with a board file or postings but no run row (its _runs.jsonl line was damaged):
    their postings are set aside, so nothing is counted for a board whose crawl is unknown."""
    rows = con.execute(
        "select board, coalesce(sum(n), 0) from (select board, n from _orphans"
        " union all select board, 0 from lake_board_files where crawl_id = ?"
        " and board not in (select board from lake_runs where crawl_id = ?))"
        " group by 1 order by 1",
        [crawl.crawl_id, crawl.crawl_id],
    ).fetchall()
    con.execute("drop table if exists _orphans")
    detail = "{} postings set aside: no run row for the board in _runs.jsonl"
    return [
        problem(crawl, crawl.runs_file, "no_run_row", detail.format(n), board) for board, n in rows
    ]


def _raw_bad_lines(crawl: LakeCrawl) -> list[dict[str, Any]]:
    """Raw lines normalization could not read (a board file cut mid-line): named per file."""
    found = []
    for path in sorted({p.parent for p in crawl.normalized}):
        for bad in sorted(path.glob("quarantine*.jsonl")):
            for line in bad.open("rb"):
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                if entry.get("reason") in RAW_BAD_LINES:
                    where = str(entry.get("where") or "")
                    name, _, number = where.rpartition(":")
                    raw = crawl.raw_dir / name.rsplit("/", 1)[-1]
                    detail = f"line {number}: {entry.get('detail')}"
                    found.append(problem(crawl, raw, entry["reason"], detail))
    return found


def _first(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]
