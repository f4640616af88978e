"""What the pipeline commands print when they end: crawl, normalize and refresh summaries."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from rich.table import Table

from jobwatch.cli.output import console, rich_safe
from jobwatch.core.plain import plain

if TYPE_CHECKING:
    from pathlib import Path

    from jobwatch.core.layout import Paths


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
