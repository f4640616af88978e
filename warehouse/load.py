"""Load new or changed crawls into the warehouse's compact copy of the lakes (the lake_* tables).

Only crawls whose files changed since the last build are read: their run rows and normalized
postings, never a raw line (the raw_postings view reads those from the lake when asked). A damaged
file costs only what it holds: a cut `_runs.jsonl` line is quarantined (the boards it described
load nothing that week, as if not crawled), an unreadable normalized file sets its crawl aside;
each is named in lake_quarantine with its path and reason until its files change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from jobwatch.core import layout
from jobwatch.pipeline.schema import POSTING_SCHEMA

if TYPE_CHECKING:
    from pathlib import Path

    from jobwatch.warehouse.lake import LakeCrawl

# Computed by the warehouse (posting_weeks, postings): never read from a normalized file.
WAREHOUSE_OWNED = ("is_canonical", "first_seen", "last_seen")
POSTING_COLUMNS = [n for n in POSTING_SCHEMA.names if n not in WAREHOUSE_OWNED]
# Normalized files keep dates as ISO text (as parsed); the warehouse types them so an analyst can
# compare and truncate them. Times are UTC: the build's session time zone (build.py).
POSTING_TYPES = {"posted_at": "DATE", "fetched_at": "TIMESTAMPTZ"}
RUN_TYPES = {
    "board": "VARCHAR",
    "started_at": "TIMESTAMPTZ",
    "finished_at": "TIMESTAMPTZ",
    "status": "VARCHAR",
    "http_status": "JSON",
    "requests": "BIGINT",
    "items": "BIGINT",
    "parse_errors": "BIGINT",
    "quarantined": "BIGINT",
    "error": "VARCHAR",
    "stale_slug": "BOOLEAN",
    "duration_s": "DOUBLE",
}
# normalization's reasons for a damaged raw line (pipeline/batch.py)
RAW_BAD_LINES = ("malformed_json", "bad_encoding", "not_a_raw_posting")
DDL = (
    "create table if not exists lake_crawls (crawl_id VARCHAR, source VARCHAR, week DATE,"
    " raw_dir VARCHAR, signature VARCHAR, normalized BOOLEAN, loaded BOOLEAN)",
    "create table if not exists lake_runs (crawl_id VARCHAR, source VARCHAR, board VARCHAR,"
    " week DATE, started_at TIMESTAMP, finished_at TIMESTAMP, status VARCHAR, http_status JSON,"
    " requests BIGINT, items BIGINT, parse_errors BIGINT, quarantined BIGINT, error VARCHAR,"
    " stale_slug BOOLEAN, duration_s DOUBLE)",
    "create table if not exists lake_board_files (crawl_id VARCHAR, board VARCHAR, bytes BIGINT)",
    "create table if not exists lake_quarantine (crawl_id VARCHAR, path VARCHAR, board VARCHAR,"
    " reason VARCHAR, detail VARCHAR)",
)


@dataclass
class LoadResult:
    crawls: list[str] = field(default_factory=list)  # crawl ids (re)loaded by this build
    set_aside: list[str] = field(default_factory=list)  # crawl ids not loaded: damaged files
    quarantined: list[dict[str, Any]] = field(default_factory=list)  # this build's new findings


def create_tables(con: duckdb.DuckDBPyConnection) -> None:
    for statement in DDL:
        con.execute(statement)
    empty = POSTING_SCHEMA.empty_table().select(POSTING_COLUMNS)
    con.register("_posting_columns", empty)
    typed = ", ".join(f"{c}::{t.removesuffix('TZ')} as {c}" for c, t in POSTING_TYPES.items())
    con.execute(
        "create table if not exists lake_postings as"
        f" select * replace ({typed}) from _posting_columns"
    )
    con.unregister("_posting_columns")


def changed_crawls(con: duckdb.DuckDBPyConnection, crawls: list[LakeCrawl]) -> list[LakeCrawl]:
    """Crawls never loaded, or whose files changed since (a re-normalized crawl, a repair)."""
    known = dict(con.execute("select crawl_id, signature from lake_crawls").fetchall())
    return [c for c in crawls if known.get(c.crawl_id) != c.signature]


def load_crawls(con: duckdb.DuckDBPyConnection, crawls: list[LakeCrawl]) -> LoadResult:
    """Replace each given crawl's rows in the lake_* tables with what its files hold now; a crawl
    whose files cannot be read keeps what an earlier build loaded of it (if anything)."""
    result = LoadResult()
    for crawl in crawls:
        problems: list[dict[str, Any]] = []
        con.begin()
        try:
            _forget(con, crawl.crawl_id)
            _load_crawl(con, crawl, problems)
            _record(con, crawl, problems, loaded=True)
        except _SetAside as aside:
            con.rollback()
            problems = [*problems, aside.problem]
            _set_aside(con, crawl, problems)
            result.set_aside.append(crawl.crawl_id)
        else:
            con.commit()
            result.crawls.append(crawl.crawl_id)
        result.quarantined += problems
    return result


def _set_aside(
    con: duckdb.DuckDBPyConnection, crawl: LakeCrawl, problems: list[dict[str, Any]]
) -> None:
    """Name the damage; a crawl never loaded is remembered so it is read again only once its
    files change (a loaded one keeps its old signature: every build tries it again)."""
    con.execute("delete from lake_quarantine where crawl_id = ?", [crawl.crawl_id])
    known = con.execute("select 1 from lake_crawls where crawl_id = ?", [crawl.crawl_id]).fetchall()
    if known:
        _insert_problems(con, problems)
    else:
        _record(con, crawl, problems, loaded=False)


class _SetAside(Exception):
    def __init__(self, problem: dict[str, Any]) -> None:
        self.problem = problem


def _problem(
    crawl: LakeCrawl, path: Path, reason: str, detail: str, board: str | None = None
) -> dict[str, Any]:
    return {
        "crawl_id": crawl.crawl_id,
        "path": str(path),
        "board": board,
        "reason": reason,
        "detail": detail,
    }


def _forget(con: duckdb.DuckDBPyConnection, crawl_id: str) -> None:
    for table in ("lake_crawls", "lake_runs", "lake_postings", "lake_board_files"):
        con.execute(f"delete from {table} where crawl_id = ?", [crawl_id])
    con.execute("delete from lake_quarantine where crawl_id = ?", [crawl_id])


def _record(
    con: duckdb.DuckDBPyConnection, crawl: LakeCrawl, problems: list[dict[str, Any]], loaded: bool
) -> None:
    con.execute(
        "insert into lake_crawls values (?, ?, ?, ?, ?, ?, ?)",
        [
            crawl.crawl_id,
            crawl.source,
            crawl.week,
            str(crawl.raw_dir),
            crawl.signature,
            bool(crawl.normalized),
            loaded,
        ],
    )
    _insert_problems(con, problems)


def _insert_problems(con: duckdb.DuckDBPyConnection, problems: list[dict[str, Any]]) -> None:
    for p in problems:
        con.execute(
            "insert into lake_quarantine values (?, ?, ?, ?, ?)",
            [p["crawl_id"], p["path"], p["board"], p["reason"], p["detail"]],
        )


def _load_crawl(
    con: duckdb.DuckDBPyConnection, crawl: LakeCrawl, problems: list[dict[str, Any]]
) -> None:
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
        raise _SetAside(_problem(crawl, path, "missing_runs", "the crawl has no _runs.jsonl"))
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
                problems.append(_problem(crawl, path, "malformed_json", f"line {number}: {exc}"))
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
        raise _SetAside(_problem(crawl, path, "unreadable_parquet", _first(exc))) from None
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
        raise _SetAside(_problem(crawl, path, "unreadable_parquet", _first(exc))) from None
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
        _problem(crawl, crawl.runs_file, "no_run_row", detail.format(n), board) for board, n in rows
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
                    found.append(_problem(crawl, raw, entry["reason"], detail))
    return found


def _first(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]
