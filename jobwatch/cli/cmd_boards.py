"""CLI subcommands `jobwatch sources validate` and `jobwatch sources discover`: probe the
registry's boards, and find new boards in what was already crawled."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import click
from rich.table import Table

from jobwatch.cli.context import Context, pass_ctx
from jobwatch.cli.options import BASE_URLS, SET_OPTION, SOURCES_FILE
from jobwatch.cli.output import echo_json, rich_safe

if TYPE_CHECKING:
    from pathlib import Path

    from jobwatch.crawlers.mirrors import BaseUrls

STATE_STYLE = {"ok": "green", "empty": "yellow", "moved": "cyan", "not_found": "red"}


@click.command()
@click.option("--platform", metavar="NAME", help="Only this platform's boards, e.g. ashby.")
@click.option(
    "--limit",
    type=click.IntRange(1),
    help="Probe at most N boards: those never probed first, then the longest ago.",
)
@BASE_URLS
@SOURCES_FILE
@SET_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (docs/cli-json.md).")
@pass_ctx
def validate(
    ctx: Context,
    platform: str | None,
    limit: int | None,
    base_urls: BaseUrls,
    sources_file: Path | None,
    crawl_settings: dict[str, str],
    as_json: bool,
) -> None:
    """Probe the registry's boards politely (the crawler's per-host limits) and record each one's
    state: ok, empty, not_found (a stale slug), moved (the token answers on another platform)
    or failing. Nothing is crawled into the lake; the states go to boards/probes.jsonl.

    \b
    Example:
      jobwatch sources validate --platform ashby --limit 50
      jobwatch sources validate --base-url http://127.0.0.1:8000 --json
    """
    from jobwatch.cli.cmd_sources import known_platform
    from jobwatch.crawlers.board_check import validate as run
    from jobwatch.crawlers.registry_file import registry_path

    path = registry_path(sources_file, ctx.paths.home)
    wanted = known_platform(platform) if platform else None
    probes = run(
        ctx.paths.home, path, platform=wanted, limit=limit, urls=base_urls,
        settings=crawl_settings or None,
    )  # fmt: skip
    rows = [_probe_row(p) for p in probes]
    if as_json:
        echo_json({"registry": str(path), "probes": rows})
        return
    from jobwatch.cli.output import console

    console.print(_table(rich_safe(rows)))
    counts = Counter(r["state"] for r in rows)
    console.print(f"{len(rows)} boards probed: " + ", ".join(f"{n} {s}" for s, n in counts.items()))


def _probe_row(found: Any) -> dict[str, Any]:
    moved = "/".join(found.moved_to) if found.moved_to else None
    return {"platform": found.platform, "board": found.board, "state": found.state} | {
        "items": found.items,
        "moved_to": moved,
        "error": found.error,
    }


def _table(rows: list[dict[str, Any]]) -> Table:
    table = Table(header_style="bold")
    for col in ("platform", "board", "state", "postings", "note"):
        table.add_column(col, no_wrap=col != "note")
    for row in rows:
        style = STATE_STYLE.get(row["state"], "red")
        note = f"answers on {row['moved_to']}" if row["moved_to"] else row["error"] or ""
        state = f"[{style}]{row['state']}[/{style}]"
        table.add_row(row["platform"], row["board"], state, str(row["items"]), note)
    return table


@click.command()
@click.option("--apply", "apply", is_flag=True, help="Add the validated boards to the registry.")
@BASE_URLS
@SOURCES_FILE
@SET_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (docs/cli-json.md).")
@pass_ctx
def discover(
    ctx: Context,
    apply: bool,
    base_urls: BaseUrls,
    sources_file: Path | None,
    crawl_settings: dict[str, str],
    as_json: bool,
) -> None:
    """Find ATS boards named in what was already crawled (apply URLs, descriptions, HN comments,
    career pages in the raw lake) that the registry lacks; probe each one and write the
    proposals with their evidence to boards/discovered.jsonl. With --apply, add the ones that
    answered to the registry (`origin: discovered`); nothing unvalidated is added.

    \b
    Example:
      jobwatch sources discover
      jobwatch sources discover --apply
    """
    from jobwatch.crawlers.board_check import discover as run
    from jobwatch.crawlers.registry_file import registry_path

    path = registry_path(sources_file, ctx.paths.home)
    found = run(ctx.paths.home, path, urls=base_urls, settings=crawl_settings or None, apply=apply)
    if as_json:
        echo_json(found)
        return
    from jobwatch.cli.output import console

    proposals = found["proposals"]
    valid = sum(p["valid"] for p in proposals)
    console.print(_proposal_table(rich_safe(proposals)))
    console.print(
        f"{len(proposals)} new boards found in the raw lake, {valid} answering; proposals in "
        f"{found['proposals_file']}"
    )
    if found["unsupported"]:
        console.print(f"{len(found['unsupported'])} more on platforms jobwatch cannot crawl yet")
    added = found["added"]
    console.print(f"added {added} to {path}" if apply else "add them with --apply")


def _proposal_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(header_style="bold")
    for col in ("platform", "board", "state", "seen", "first seen in"):
        table.add_column(col, no_wrap=col != "first seen in")
    for row in rows:
        style = "green" if row["valid"] else "red"
        first = row["evidence"][0] if row["evidence"] else {}
        where = first.get("file", "") + (f" #{first['posting']}" if first.get("posting") else "")
        state = f"[{style}]{row['state']}[/{style}]"
        table.add_row(row["platform"], row["board"], state, str(row["seen"]), where)
    return table
