"""What `jobwatch status` prints: the home, the warehouse's weeks, damage and leftovers."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from jobwatch.cli.output import console, rich_safe
from jobwatch.cli.render_pipeline import damaged

if TYPE_CHECKING:
    from jobwatch.core.leftovers import Leftover


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
