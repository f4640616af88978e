"""What the query commands print: role statistics, comparisons, query results, exports."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from jobwatch.cli.output import cell, console, echo_csv, echo_json, echo_jsonl, rich_safe
from jobwatch.core.plain import plain
from jobwatch.core.printable import printable
from jobwatch.reports import terminal


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
