"""posting_weeks for the weeks a build's new crawls touch; earlier weeks' rows kept, re-clustered.

A posting's row in week W depends only on crawls of weeks <= W (which version, open or not, its
first week), except for its cluster: the global dedup pass may merge or rename clusters of any
week, which also moves which posting is canonical there. So when the previous warehouse is the
starting point, only the weeks from the earliest week whose crawls changed are computed again;
the earlier weeks' rows stay, their cluster ids follow posting_clusters, and is_canonical is
ranked again only in the (week, cluster) groups a posting joined or left. The --full build
computes every week (tests/warehouse/test_incremental.py compares the two).
"""

from __future__ import annotations

import hashlib

import duckdb

from jobwatch.warehouse.models import Model, history_models, run_models

HISTORY_TABLE = "posting_weeks"
# The lake copy's state of every crawl: a difference between two builds names the weeks to redo.
STATE = "select crawl_id, week, signature, loaded from lake_crawls"


def history_version() -> str:
    """Changes whenever a history model changes: kept rows must come from the same definitions."""
    digest = hashlib.sha256()
    for model in history_models():
        digest.update(model.path.name.encode() + b"\0" + model.path.read_bytes())
    return digest.hexdigest()[:16]


def remember_lake(con: duckdb.DuckDBPyConnection) -> None:
    """Before the load: the lake copy's state of every crawl (empty in a new file)."""
    con.execute(f"create or replace temp table _lake_before as {STATE}")


def _redo_from(con: duckdb.DuckDBPyConnection) -> tuple[bool, object]:
    """(whether any crawl changed, the earliest week of a crawl that is new, changed or gone)."""
    row = con.execute(
        f"select count(*), min(week) from (({STATE} except select * from _lake_before)"
        f" union all (select * from _lake_before except {STATE}))"
    ).fetchone()
    return bool(row and row[0]), row[1] if row else None


def _can_keep(con: duckdb.DuckDBPyConnection, version: str) -> bool:
    """The copied file holds posting_weeks built by these same history models."""
    try:
        row = con.execute("select history_version from warehouse_info").fetchone()
    except duckdb.Error:  # an older file without the column, or no warehouse_info at all
        return False
    return row is not None and row[0] == version


def run_history(
    con: duckdb.DuckDBPyConnection, models: list[Model], *, incremental: bool, version: str
) -> dict[str, int]:
    """The history models; posting_weeks only for the weeks to redo when the copy allows it."""
    keep = incremental and _can_keep(con, version)
    changed, redo_from = _redo_from(con) if keep else (True, None)
    table = next(m for m in models if m.name == HISTORY_TABLE)
    counts = run_models(con, [m for m in models if _before(m, table)])
    query = "select week from weeks"  # the model `weeks`, built just above
    if keep:
        query += " where week >= ?::DATE" if changed else " where false"
    params = [redo_from] if keep and changed else []
    con.execute(f"create or replace temp table src_history_weeks as {query}", params)
    if keep:
        _update_rows(con, table)
        row = con.execute(f"select count(*) from {HISTORY_TABLE}").fetchone()
        counts[HISTORY_TABLE] = int(row[0]) if row else 0
    else:
        counts |= run_models(con, [table])
    return counts | run_models(con, [m for m in models if _before(table, m)])


def _before(model: Model, other: Model) -> bool:
    return model.path.name < other.path.name


def _update_rows(con: duckdb.DuckDBPyConnection, table: Model) -> None:
    """Drop the weeks to redo and insert them again; re-cluster the kept weeks' rows."""
    redo = "(select min(week) from src_history_weeks)"
    con.execute(f"delete from {HISTORY_TABLE} where week >= {redo}")
    _recluster(con)
    body = table.path.read_text(encoding="utf-8")
    con.execute(f"insert into {HISTORY_TABLE} by name\n{body}")


def _recluster(con: duckdb.DuckDBPyConnection) -> None:
    """Kept rows whose posting changed cluster take the new id; the groups each one left or
    joined rank their canonical posting again (the order of 31_posting_weeks.sql)."""
    con.execute(
        "create or replace temp table _moved as"
        " select rows.week, rows.posting_id, rows.cluster_id as old_cluster,"
        " clusters.cluster_id as new_cluster"
        f" from {HISTORY_TABLE} as rows"
        " inner join posting_clusters as clusters on rows.posting_id = clusters.posting_id"
        " where rows.cluster_id <> clusters.cluster_id"
    )
    con.execute(
        f"update {HISTORY_TABLE} set cluster_id = moved.new_cluster from _moved as moved"
        f" where {HISTORY_TABLE}.posting_id = moved.posting_id"
        f" and {HISTORY_TABLE}.week = moved.week"
    )
    con.execute(
        f"update {HISTORY_TABLE} set is_canonical = ranked.is_canonical from ("
        " select rows.posting_id, rows.week, row_number() over ("
        "  partition by rows.week, rows.cluster_id"
        "  order by rows.first_seen, rows.salary_ceiling_usd is null, rows.posting_id"
        " ) = 1 as is_canonical"
        f" from {HISTORY_TABLE} as rows"
        " semi join (select week, old_cluster as cluster_id from _moved"
        "  union select week, new_cluster from _moved) as groups"
        "  on rows.week = groups.week and rows.cluster_id = groups.cluster_id"
        f") as ranked where {HISTORY_TABLE}.posting_id = ranked.posting_id"
        f" and {HISTORY_TABLE}.week = ranked.week"
    )
    con.execute("drop table _moved")
