"""Compute only the weeks whose marts changed; copy the other weeks' mart rows from the old file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import duckdb

from jobwatch.warehouse.models import mart_models, mart_tables, run_models

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path


@dataclass(frozen=True)
class MartPlan:
    compute: list[dt.date]  # weeks whose marts this build computes
    reuse: list[dt.date]  # weeks whose mart rows are copied from the previous warehouse
    reason: str  # why the plan is full, or "incremental"


def _weeks(con: duckdb.DuckDBPyConnection, table: str) -> dict[dt.date, tuple[Any, ...]]:
    rows = con.execute(f"select week, prev_week, posting_weeks_n, fingerprint from {table}")
    return {r[0]: r[1:] for r in rows.fetchall()}


def _roles(con: duckdb.DuckDBPyConnection, query: str) -> set[tuple[Any, ...]]:
    return set(con.execute(query).fetchall())


def _compare(con: duckdb.DuckDBPyConnection, version: str) -> tuple[list[dt.date], str]:
    """Weeks that can be reused from the attached `prev`, or none with the reason."""
    (old_version,) = con.execute("select marts_version from prev.warehouse_info").fetchone() or (
        None,
    )
    if old_version != version:
        return [], "mart definitions or settings changed"
    new_roles = _roles(con, "select role, role_id from int_roles")
    if new_roles != _roles(con, "select distinct role, role_id from prev.mart_role_week"):
        return [], "the set of roles changed"
    new, old = _weeks(con, "week_fingerprints"), _weeks(con, "prev.week_fingerprints")
    same = {w for w, fp in new.items() if old.get(w) == fp}
    # a week's week-over-week figures also depend on its previous week
    return sorted(w for w in same if new[w][0] is None or new[w][0] in same), "incremental"


def plan(
    con: duckdb.DuckDBPyConnection, previous: Path | None, version: str, *, full: bool = False
) -> MartPlan:
    """Decide the weeks to compute; attaches the previous warehouse as `prev` when reusing."""
    weeks = [r[0] for r in con.execute("select week from weeks order by week").fetchall()]
    if full:
        return MartPlan(weeks, [], "full rebuild requested")
    if previous is None or not previous.is_file():
        return MartPlan(weeks, [], "no previous warehouse")
    try:
        con.execute("attach ? as prev (read_only)", [str(previous)])
        reuse, reason = _compare(con, version)
    except duckdb.Error as exc:  # an older schema without fingerprints: rebuild in full
        reuse, reason = [], f"previous warehouse not comparable ({str(exc).splitlines()[0]})"
    if not reuse:
        con.execute("detach database if exists prev")
    return MartPlan([w for w in weeks if w not in reuse], reuse, reason)


def _create_priors(con: duckdb.DuckDBPyConnection, todo: MartPlan) -> None:
    """src_prior_<mart>: the reused rows of the weeks just before the computed ones, which the
    marts' week-over-week columns compare with (identical by the fingerprint rule, so they are
    read, not recomputed); an empty (role, week) table in a full build."""
    for table in mart_tables():  # our own model names, never user input
        if not todo.reuse:
            con.execute(f"create or replace temp table src_prior_{table} (role VARCHAR, week DATE)")
            continue
        con.execute(
            f"create or replace temp table src_prior_{table} as select * from prev.{table}"
            " where week in (select unnest(?::DATE[])) and week in"
            " (select prev_week from weeks where week in (select unnest(?::DATE[])))",
            [todo.reuse, todo.compute],
        )


def run_marts(con: duckdb.DuckDBPyConnection, todo: MartPlan) -> dict[str, int]:
    """Run the mart models for todo.compute (their previous weeks' figures come from `prev`)
    and copy the reused weeks from `prev`."""
    con.execute(
        "create or replace temp table src_mart_weeks as"
        " select week from weeks where week in (select unnest(?::DATE[]))",
        [todo.compute],
    )
    _create_priors(con, todo)
    todo_models = mart_models()
    if todo.reuse:  # a few weeks: filter posting_weeks once, not once per mart
        canonical = next(m for m in todo_models if m.name == "int_canonical")  # a view if full
        todo_models.remove(canonical)
        con.execute(
            f"create or replace temp table int_canonical as\n{canonical.path.read_text('utf-8')}"
        )
    counts = run_models(con, todo_models)
    if todo.reuse:
        for table in mart_tables():  # our own model names, never user input
            con.execute(
                f"insert into {table} by name select * from prev.{table}"
                " where week in (select unnest(?::DATE[]))",
                [todo.reuse],
            )
            row = con.execute(f"select count(*) from {table}").fetchone()
            counts[table] = int(row[0]) if row else 0
        con.execute("detach database prev")
    return counts
