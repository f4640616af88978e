"""One-screen summaries printed at the end of every command."""

from __future__ import annotations

import csv
import json
import os
import sys
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from jobwatch.core.layout import export_dirs
from jobwatch.core.plain import plain
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
    terminal.compare_table(result, console)


def stats_table(rows: list[dict[str, Any]]) -> None:
    terminal.stats_table(rows, console)


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


def crawl_summary(result: Any, log_file: Path | None) -> None:
    console.print(runs_table(result.runs))
    for run in result.runs:
        if run["status"] != "ok":
            console.print(f"[yellow]! {run['board']}: {run.get('error') or run['status']}[/yellow]")
    where = result.out or result.crawl_dir
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
    console.print(runs_table(runs))
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


def result_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: str | None) -> None:
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        print(json.dumps([dict(zip(columns, r, strict=True)) for r in rows], default=str, indent=2))
    else:
        table = Table(header_style="bold")
        for col in columns:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*("NULL" if v is None else str(v) for v in row))
        console.print(table)
        console.print(f"({len(rows)} rows)")


def status(paths: Paths) -> None:
    console.print(f"home:      {paths.home}")
    console.print(
        f"warehouse: {paths.warehouse} ({'present' if paths.warehouse.exists() else 'none yet'})"
    )
    snapshots = export_dirs(paths.exports)
    console.print(f"snapshots: {len(snapshots)} week(s) under {paths.exports}")
    for snap in snapshots[-3:]:
        console.print(f"  {snap}")
    index = paths.site / "index.html"
    console.print(f"site:      {index if index.exists() else 'none yet'}")
    logs = sorted(paths.logs.glob("*.log")) if paths.logs.exists() else []
    console.print(f"logs:      {paths.logs} (latest: {logs[-1].name if logs else 'none'})")


def leftovers(items: list[Leftover]) -> None:
    if not items:
        console.print("leftovers: none")
        return
    total = sum(item.bytes for item in items) / 1e6
    console.print(
        f"leftovers: {len(items)} from interrupted runs ({total:.1f} MB; readers ignore them)"
    )
    for item in items[:5]:
        console.print(f"  {item.path} ({item.age_s / 3600:.1f} h old)")
    console.print("  remove those older than 6 h: jobwatch status --clean")


def cleaned(items: list[Leftover]) -> None:
    total = sum(item.bytes for item in items) / 1e6
    console.print(f"removed {len(items)} leftover(s) of interrupted runs ({total:.1f} MB)")
