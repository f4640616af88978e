"""Terminal renderings of the comparison and the per-role statistics (rich tables)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from jobwatch.reports.formatting import (
    DASH,
    count,
    experience_mix,
    money,
    pct,
    ranked,
    salary_range,
)


def compare_rows(a: dict[str, Any], b: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The side-by-side rows: the seed pages' dimensions plus the n behind each figure."""

    def both(fn: Any) -> tuple[str, str]:
        return fn(a), fn(b)

    return [
        ("Open positions", *both(lambda r: count(r["open_positions"]))),
        ("Share of tracked", *both(lambda r: pct(r["share_of_tracked"]))),
        ("With disclosed pay (n)", *both(lambda r: count(r["salary_n"]))),
        (
            "Avg salary range",
            *both(lambda r: salary_range(r["salary_min_mean"], r["salary_max_mean"])),
        ),
        ("Average (ceiling)", *both(lambda r: money(r["salary_mean"]))),
        ("25th percentile", *both(lambda r: money(r["salary_p25"]))),
        ("Median salary", *both(lambda r: money(r["salary_median"]))),
        ("75th percentile", *both(lambda r: money(r["salary_p75"]))),
        ("Remote %", *both(lambda r: pct(r["remote_pct"]))),
        ("Experience mix", *both(lambda r: experience_mix(r["experience_mix"]))),
        ("Top skill", *both(lambda r: (r["top_skills"] or [DASH])[0])),
        ("Top skills", *both(lambda r: ", ".join(r["top_skills"]) or DASH)),
        ("Unique skills", *both(lambda r: ", ".join(r["unique_skills"]) or DASH)),
        ("Top hiring companies", *both(lambda r: ranked(r["top_companies"]))),
        ("Top metros", *both(lambda r: ranked(r["top_metros"]))),
    ]


def compare_table(result: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    (name_a, a), (name_b, b) = list(result["roles"].items())
    console.print(f"\n[bold]{name_a} vs {name_b}[/bold] — week of {result['week']}\n")
    console.print("[bold]Quick verdict[/bold]")
    for line in result["verdict"]:
        console.print(f"  • {line}")
    table = Table(show_lines=False, header_style="bold")
    table.add_column("Dimension")
    table.add_column(name_a, overflow="fold")
    table.add_column(name_b, overflow="fold")
    for row in compare_rows(a, b):
        table.add_row(*row)
    console.print(table)
    shared = result["shared_skills"]
    console.print(
        f"Shared top skills: {', '.join(shared) or DASH} "
        f"({len(shared)} of 8, overlap {pct(result['overlap_pct'])})"
    )
    console.print(
        "[dim]Salaries: annual base pay in USD over canonical open postings with disclosed pay; "
        "a dash is a figure suppressed below the minimum n.[/dim]\n"
    )


def stats_table(rows: list[dict[str, Any]], console: Console | None = None) -> None:
    console = console or Console()
    if not rows:
        console.print("no roles in this week")
        return
    table = Table(title=f"Roles, week of {rows[0].get('week', '?')}", header_style="bold")
    for col in ("Role", "Open", "Share", "Pay n", "Median", "Mean", "Remote", "Top skills"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r["role"],
            count(r["open_positions"]),
            pct(r["share_of_tracked"]),
            count(r["salary_n"]),
            money(r["salary_median"]),
            money(r["salary_mean"]),
            pct(r["remote_pct"]),
            ", ".join((r.get("top_skills") or [])[:4]) or DASH,
        )
    console.print(table)
