"""Load new or changed crawls into the warehouse's compact copy of the lakes (the lake_* tables)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jobwatch.warehouse.load_files import SetAside, load_crawl

if TYPE_CHECKING:
    import duckdb

    from jobwatch.warehouse.lake import LakeCrawl

# Only crawls whose files changed since the last build are read: their run rows and normalized
# postings, never a raw line (the raw_postings view reads those from the lake when asked). A
# damaged file costs only what it holds: a cut `_runs.jsonl` line is quarantined (the boards it
# described load nothing that week, as if not crawled), an unreadable normalized file sets its
# crawl aside; each is named in lake_quarantine with its path and reason until its files change.


@dataclass
class LoadResult:
    crawls: list[str] = field(default_factory=list)  # crawl ids (re)loaded by this build
    set_aside: list[str] = field(default_factory=list)  # crawl ids not loaded: damaged files
    quarantined: list[dict[str, Any]] = field(default_factory=list)  # this build's new findings


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
            load_crawl(con, crawl, problems)
            _record(con, crawl, problems, loaded=True)
        except SetAside as aside:
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
