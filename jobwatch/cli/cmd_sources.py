"""CLI command `jobwatch sources`: the company registry with each board's last crawl health."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from jobwatch.cli.context import Context, pass_ctx
from jobwatch.cli.output import echo_json, rich_safe
from jobwatch.core.errors import UserError

STATUS_STYLE = {"ok": "green", "partial": "yellow", "failed": "red"}


@click.command()
@click.option("--platform", metavar="NAME", help="Only this platform, e.g. lever or ashby.")
@click.option(
    "--sources-file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="List of companies and their job boards. Default: crawlers/sources.yaml.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (docs/cli-json.md).")
@pass_ctx
def sources(ctx: Context, platform: str | None, sources_file: Path | None, as_json: bool) -> None:
    """List the companies crawled (company, platform, board) with each board's last crawl.

    From the warehouse when there is one: the status and postings of the latest crawled week,
    the last week it crawled ok, and whether its board name looks stale (the site answers 404).

    \b
    Example:
      jobwatch sources
      jobwatch sources --platform lever
      jobwatch sources --json | jq '.boards[] | select(.stale_slug)'
    """
    from jobwatch.crawlers import platforms
    from jobwatch.crawlers.sources import load_sources
    from jobwatch.warehouse.registry_health import board_health, registry_rows

    entries = load_sources(sources_file)
    if platform is not None:
        platform = platform.strip().lower()
        known = platforms.declared()
        if platform not in known:
            raise UserError(f"unknown platform {platform!r} (known: {', '.join(known)})")
        entries = [s for s in entries if s.platform == platform]
    rows = registry_rows(entries, board_health(ctx.paths.home))
    if as_json:
        echo_json({"boards": rows})
    else:
        _print(rich_safe(rows), has_warehouse=ctx.paths.warehouse.is_file())


def _print(rows: list[dict[str, Any]], *, has_warehouse: bool) -> None:
    from jobwatch.cli.render import console

    table = Table(header_style="bold")
    for col in ("company", "platform", "board", "status", "items", "last ok week", "note"):
        table.add_column(col, no_wrap=col != "note")
    for row in rows:
        table.add_row(*_cells(row))
    console.print(table)
    counts = Counter(r["platform"] for r in rows)
    per = ", ".join(f"{n} {p}" for p, n in sorted(counts.items()))
    console.print(f"{len(rows)} boards ({per or 'none'})")
    if not has_warehouse:
        console.print("no warehouse yet: health appears after `jobwatch refresh`")


def _cells(row: dict[str, Any]) -> list[str]:
    status = row["status"]
    style = STATUS_STYLE.get(status or "", "dim")
    fields = ", ".join(row["fields"].values())  # the platform's own fields (Lever's eu)
    board = f"{row['board']} ({fields})" if fields else row["board"]
    note = "stale slug (404): fix sources.yaml" if row["stale_slug"] else (row["error"] or "")
    return [
        row["company"],
        row["platform"],
        board,
        f"[{style}]{status or 'never crawled'}[/{style}]",
        "" if row["items"] is None else str(row["items"]),
        row["last_ok_week"] or "",
        note,
    ]


COMMANDS: list[click.Command] = [sources]
