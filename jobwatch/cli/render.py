"""One-screen summaries printed at the end of every command."""

from __future__ import annotations

import os
import textwrap
from collections import Counter
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from jobwatch.cli.output import cell, echo_csv, echo_json, echo_jsonl, rich_safe
from jobwatch.core.plain import plain
from jobwatch.core.printable import printable
from jobwatch.reports import terminal

if TYPE_CHECKING:
    from pathlib import Path

    from jobwatch.core.layout import Paths
    from jobwatch.core.leftovers import Leftover


def make_console() -> Console:
    """A console; when output is piped, wide enough that tables do not wrap (rich assumes 80)."""
    probe = Console()
    if probe.is_terminal or os.environ.get("COLUMNS"):
        return probe
    return Console(width=120)


console = make_console()


def compare_table(result: dict[str, Any]) -> None:
    terminal.compare_table(rich_safe(result), console)


def stats_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    """Per-role statistics as a table, CSV, one JSON object or JSON lines."""
    if fmt == "table":
        terminal.stats_table(rich_safe(rows), console)
    elif fmt == "json":
        week = rows[0]["week"] if rows else None
        echo_json({"week": week, "roles": rows})
    elif fmt == "jsonl":
        echo_jsonl(rows)
    else:
        columns = list(rows[0]) if rows else ["role", "week"]
        echo_csv(columns, [[row.get(c) for c in columns] for row in rows])


# Above this many boards a run is shown per source (the failed and partial boards still by name).
MAX_RUN_ROWS = 200


def runs_table(runs: list[dict[str, Any]]) -> Table:
    table = Table(header_style="bold")
    for col in ("source", "board", "status", "items", "quarantined", "http"):
        table.add_column(col, no_wrap=True)
    for run in runs:
        http = " ".join(f"{code}×{n}" for code, n in sorted((run.get("http_status") or {}).items()))
        style = {"ok": "green", "partial": "yellow"}.get(run["status"], "red")
        table.add_row(
            run["source"],
            run["board"],
            f"[{style}]{run['status']}[/{style}]",
            str(run.get("items", 0)),
            str(run.get("quarantined", 0)),
            http,
        )
    return table


def platforms_table(runs: list[dict[str, Any]]) -> Table:
    """One row per source: boards by status and postings (a run of thousands of boards)."""
    table = Table(header_style="bold")
    for col in ("source", "boards", "ok", "partial", "failed", "items"):
        table.add_column(col, justify="left" if col == "source" else "right")
    for source in sorted({run["source"] for run in runs}):
        mine = [run for run in runs if run["source"] == source]
        status = Counter(run["status"] for run in mine)
        counts = (len(mine), status["ok"], status["partial"], status["failed"])
        items = sum(int(run.get("items") or 0) for run in mine)
        table.add_row(source, *(f"{n:,}" for n in (*counts, items)))
    return table


def crawl_summary(result: Any, log_file: Path | None, out: Path | None = None) -> None:
    runs = rich_safe(result.runs)
    console.print(runs_table(runs))
    for run in runs:
        if run["status"] != "ok":
            console.print(f"[yellow]! {run['board']}: {run.get('error') or run['status']}[/yellow]")
    kept = f"nothing written to {out} (every board failed)" if out and result.out is None else None
    where = kept or result.out or result.crawl_dir
    console.print(f"{result.items} postings, {result.quarantined} quarantined -> {where}")
    console.print(f"status: {result.status}   log: {log_file}")


def normalize_summary(result: Any, log_file: Path | None) -> None:
    data = plain(result)
    console.print(f"normalized {data.get('postings', 0)} postings{set_aside(data)}")
    for path in data.get("files") or []:
        console.print(f"  wrote {path}")
    console.print(f"log: {log_file}")


def refresh_summary(summary: dict[str, Any], paths: Paths, log_file: Path | None) -> None:
    runs = [run for crawl in summary["crawls"] for run in crawl.get("runs", [])]
    console.print(f"\n[bold]Weekly refresh, week of {summary['week']}: {summary['status']}[/bold]")
    if planned := summary.get("planned"):
        console.print(
            f"planned: {planned['boards']:,} boards on {len(planned['platforms'])} platforms "
            f"from {planned['registry']}"
        )
    console.print(runs_table(runs) if len(runs) <= MAX_RUN_ROWS else platforms_table(runs))
    run_info = summary.get("run") or {}
    if run_info.get("url"):  # only with a Prefect server: the ephemeral API is gone by now
        console.print(f"prefect run: {run_info['name']} {run_info['url']}")
    for run in summary["failed_boards"]:
        console.print(
            f"[yellow]! {run['source']}/{run['board']}: {run['status']}"
            f" — {run.get('error') or 'see the log'}[/yellow]"
        )
    norm, wh, ex = summary["normalized"], summary["warehouse"], summary["export"]
    console.print(f"normalized: {norm.get('postings', 0)} postings{set_aside(norm)}")
    checks = wh.get("checks") or []
    counts = wh.get("row_counts") or {}
    console.print(f"checks: {len(checks)} passed")
    damaged(wh.get("quarantined") or [])
    console.print(
        f"warehouse: {paths.warehouse} ({counts.get('postings', 0)} postings, "
        f"{len(wh.get('weeks') or [])} week(s))"
    )
    console.print(f"snapshot:  {ex.get('directory') or ex.get('dir') or paths.exports}")
    pages = summary.get("pages") or {}
    if pages.get("index"):
        console.print(f"site:      {pages['index']}")
    elif pages.get("error"):
        console.print(f"[red]site: not rendered — {pages['error']}[/red]")
    console.print(f"logs:      {log_file}")


REPAIR = "repair: README, 'A damaged lake file'"


def damaged(entries: list[dict[str, Any]]) -> None:
    """One line per damaged lake file (quarantined by the build, the rest loaded)."""
    for entry in entries:
        console.print(
            f"[yellow]! damaged lake file {entry['path']}: {entry['reason']}"
            f" — {entry.get('detail') or ''}[/yellow]",
            soft_wrap=True,
        )
    if entries:
        console.print(f"[yellow]  {REPAIR}[/yellow]")


def set_aside(norm: dict[str, Any]) -> str:
    """'; quarantined: salary_absurd 44' — what normalization set aside, by reason."""
    reasons = norm.get("reasons") or {}
    if not reasons:
        return ""
    listed = ", ".join(f"{reason} {n}" for reason, n in sorted(reasons.items()))
    return f"; quarantined with reasons: {listed}"


def export_summary(result: Any) -> None:
    data = plain(result)
    console.print(f"exported week {data.get('week')} -> {data.get('directory') or data.get('dir')}")
    for name, rows in sorted((data.get("row_counts") or {}).items()):
        console.print(f"  {name}: {rows} rows")


def result_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: str) -> None:
    """A query's result as a table, CSV, one JSON object or JSON lines."""
    if fmt == "csv":
        echo_csv(columns, rows)
    elif fmt in ("json", "jsonl"):
        objects = [dict(zip(columns, r, strict=True)) for r in rows]
        echo_json({"columns": columns, "rows": objects}) if fmt == "json" else echo_jsonl(objects)
    else:
        table = Table(header_style="bold")
        for col in columns:
            table.add_column(Text(printable(col)), overflow="fold")
        for row in rows:
            table.add_row(*(Text(cell(v)) for v in row))
        console.print(table)
        console.print(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")


def status(data: dict[str, Any]) -> None:
    """`jobwatch status`: the home, the warehouse's weeks, tables and last crawl, the outputs."""
    data = rich_safe(data)
    console.print(f"home:      {data['home']}")
    warehouse_status(data["warehouse"])
    snaps = data["snapshots"]
    console.print(f"snapshots: {len(snaps['weeks'])} week(s) under {snaps['root']}")
    for week in snaps["weeks"][-3:]:
        console.print(f"  week={week}")
    console.print(f"site:      {data['site'] or 'none yet'}")
    latest = data["logs"]["latest"]
    console.print(f"logs:      {data['logs']['dir']} (latest: {latest or 'none'})")
    lake_damage(data["damaged_lake_files"])
    leftovers(data["leftovers"])


def lake_damage(entries: list[dict[str, Any]]) -> None:
    """`jobwatch status`: the damaged lake files the warehouse set aside, until repaired."""
    if not entries:
        console.print("damaged lake files: none")
        return
    console.print(f"damaged lake files: {len(entries)} (set aside; the rest loaded)")
    damaged(entries)


def warehouse_status(wh: dict[str, Any]) -> None:
    if not wh["present"]:
        console.print(f"warehouse: {wh['path']} (none yet: run `jobwatch refresh`)")
        return
    if "error" in wh:
        console.print(f"warehouse: {wh['path']} [red](unreadable: {wh['error']})[/red]")
        return
    weeks = wh["weeks"]
    span = f"{weeks[0]['week']} to {weeks[-1]['week']}" if weeks else "no weeks"
    console.print(f"warehouse: {wh['path']} ({len(weeks)} week(s): {span})")
    for week in weeks[-5:]:
        console.print(
            f"  week {week['week']}: {week['boards_crawled']} boards crawled, "
            f"{week['boards_ok']} ok, {week['boards_partial']} partial, "
            f"{week['boards_failed']} failed"
        )
    tables = ", ".join(f"{name} {n:,}" for name, n in wh["tables"].items())
    console.print(textwrap.fill(f"  rows: {tables}", console.width, subsequent_indent="    "))
    crawl = wh["last_crawl"]
    if crawl:
        counts = ", ".join(f"{n} {status}" for status, n in sorted(crawl["boards"].items()))
        console.print(f"last crawl (week {crawl['week']}): {counts}")
        for run in crawl["not_ok"]:
            reason = run["error"] or run["status"]
            console.print(f"  [yellow]! {run['source']}/{run['board']}: {reason}[/yellow]")


def leftovers(items: list[dict[str, Any]]) -> None:
    if not items:
        console.print("leftovers: none")
        return
    total = sum(item["bytes"] for item in items) / 1e6
    console.print(
        f"leftovers: {len(items)} from interrupted runs ({total:.1f} MB; readers ignore them)"
    )
    for item in items[:5]:
        console.print(f"  {item['path']} ({item['age_s'] / 3600:.1f} h old)")
    console.print("  remove those older than 6 h: jobwatch status --clean")


def cleaned(items: list[Leftover]) -> None:
    total = sum(item.bytes for item in items) / 1e6
    console.print(f"removed {len(items)} leftover(s) of interrupted runs ({total:.1f} MB)")
