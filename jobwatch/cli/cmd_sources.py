"""CLI command `jobwatch sources`: the registry of job boards, what the next refresh crawls, and
each board's last crawl."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, Any

import click
from rich.table import Table

from jobwatch.cli.cmd_boards import discover, validate
from jobwatch.cli.context import Context, pass_ctx
from jobwatch.cli.options import AI_ONLY, SOURCES_FILE
from jobwatch.cli.output import echo_json, rich_safe
from jobwatch.core.config import week_of
from jobwatch.core.errors import UserError

if TYPE_CHECKING:
    from pathlib import Path

STATUS_STYLE = {"ok": "green", "partial": "yellow", "failed": "red"}


@click.group(invoke_without_command=True)
@click.option("--platform", metavar="NAME", help="Only this platform, e.g. lever or ashby.")
@SOURCES_FILE
@AI_ONLY
@click.option("--disabled", is_flag=True, help="Only the disabled boards (`enabled: false`).")
@click.option(
    "--boards",
    "each_board",
    is_flag=True,
    help="A row per board (the default with --platform or --disabled): else one per platform.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (docs/cli-json.md).")
@pass_ctx
@click.pass_context
def sources(
    click_ctx: click.Context,
    ctx: Context,
    platform: str | None,
    sources_file: Path | None,
    ai_only: bool,
    disabled: bool,
    each_board: bool,
    as_json: bool,
) -> None:
    """List the job boards of the registry: what the next refresh crawls, and each board's last
    crawl (status, postings, last ok week, a stale slug when the board answers 404).

    The registry is $JOBWATCH_HOME/sources.yaml (made from the shipped one on first use) or
    --sources-file. A disabled board (`enabled: false`) is kept and re-probed monthly.

    \b
    Example:
      jobwatch sources                      # one row per platform
      jobwatch sources --platform lever     # one row per Lever board
      jobwatch sources --ai-only --boards
      jobwatch sources --json | jq '.boards[] | select(.enabled == false)'
    """
    if click_ctx.invoked_subcommand is not None:  # a subcommand: its own options
        return
    from jobwatch.crawlers.probe import latest as latest_probes
    from jobwatch.crawlers.registry_file import registry_path
    from jobwatch.crawlers.sources import load_sources
    from jobwatch.warehouse.registry_health import board_health, next_run, registry_rows

    path = registry_path(sources_file, ctx.paths.home)
    entries = [s for s in load_sources(path) if s.ai or not ai_only]
    if platform is not None:
        entries = [s for s in entries if s.platform == known_platform(platform)]
    if disabled:
        entries = [s for s in entries if not s.enabled]
    health = board_health(ctx.paths.home)
    planned = {s.key for s in next_run(entries, health, week_of(dt.date.today()))}
    probes = latest_probes(ctx.paths.home)  # `sources validate`'s last word on each board
    rows = [
        row
        | {"next_run": (key := (row["platform"], row["board"])) in planned}
        | {"probe": probes.get(key)}
        for row in registry_rows(entries, health)
    ]
    if as_json:
        echo_json({"registry": str(path), "boards": rows})
        return
    from jobwatch.cli.output import console

    per_board = each_board or platform is not None or disabled
    console.print(board_table(rich_safe(rows)) if per_board else platform_table(rows))
    console.print(totals(rows, path))
    if not ctx.paths.warehouse.is_file():
        console.print("no warehouse yet: health appears after `jobwatch refresh`")


def known_platform(name: str) -> str:
    from jobwatch.crawlers import platforms

    name = name.strip().lower()
    if name not in platforms.declared():
        raise UserError(f"unknown platform {name!r} (known: {', '.join(platforms.declared())})")
    return name


def board_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(header_style="bold")
    for col in ("company", "platform", "board", "weekly", "status", "items", "last ok", "note"):
        table.add_column(col, no_wrap=col != "note")
    for row in rows:
        table.add_row(*_cells(row))
    return table


def platform_table(rows: list[dict[str, Any]]) -> Table:
    """Per platform: boards, what the next refresh crawls, disabled, AI, last crawl's health."""
    table = Table(header_style="bold")
    columns = ("platform", "boards", "next refresh", "disabled", "ai", "ok", "partial", "failed")
    for col in (*columns, "never crawled"):
        table.add_column(col, justify="left" if col == "platform" else "right")
    for name in sorted({r["platform"] for r in rows}):
        mine = [r for r in rows if r["platform"] == name]
        status = Counter(r["status"] for r in mine)
        counts = (
            len(mine),
            sum(r["next_run"] for r in mine),
            sum(not r["enabled"] for r in mine),
            sum(r["ai"] for r in mine),
            *(status[s] for s in ("ok", "partial", "failed", None)),
        )
        table.add_row(name, *(f"{n:,}" for n in counts))
    return table


def totals(rows: list[dict[str, Any]], path: Path) -> str:
    planned = [r for r in rows if r["next_run"]]
    reprobes = sum(not r["enabled"] for r in planned)
    on = len({r["platform"] for r in planned})
    return (
        f"{len(rows):,} boards in {path}; the next refresh crawls {len(planned):,} of them on "
        f"{on} platforms"
        + (f" ({reprobes:,} disabled ones due their re-probe)" if reprobes else "")
    )


def _weekly(row: dict[str, Any]) -> str:
    if row["enabled"]:
        return "yes" if row["next_run"] else "no"
    return "re-probe" if row["next_run"] else "[dim]disabled[/dim]"


def _cells(row: dict[str, Any]) -> list[str]:
    status = row["status"]
    style = STATUS_STYLE.get(status or "", "dim")
    fields = ", ".join(v for k, v in row["fields"].items() if k != "url")  # Lever's eu, wd5
    board = f"{row['board']} ({fields})" if fields else row["board"]
    note = "stale slug (404): fix the registry" if row["stale_slug"] else (row["error"] or "")
    if probe := row["probe"]:  # `sources validate`'s latest word, beside the last crawl's
        moved = f" to {'/'.join(probe['moved_to'])}" if probe.get("moved_to") else ""
        said = f"probe {probe['probed_at'][:10]}: {probe['state']}{moved}"
        note = f"{note}; {said}" if note else said
    return [
        row["company"],
        row["platform"],
        board,
        _weekly(row),
        f"[{style}]{status or 'never crawled'}[/{style}]",
        "" if row["items"] is None else str(row["items"]),
        row["last_ok_week"] or "",
        row["note"] or note,
    ]


sources.add_command(validate)
sources.add_command(discover)
COMMANDS: list[click.Command] = [sources]
