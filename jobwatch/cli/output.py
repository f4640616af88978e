"""How commands print data: a table on a terminal, JSON lines when piped (docs/cli-json.md).

Every `--json` object carries `schema_version`; text from the data goes through printable().
"""

from __future__ import annotations

import csv
import json
import os
import sys
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.markup import escape

from jobwatch.core.printable import map_strings, printable, safe_json

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

# The version of every `--json` shape documented in docs/cli-json.md: bumped when a field
# changes meaning or goes away (new fields do not bump it).
SCHEMA_VERSION = 1

FORMATS = {
    "table": "Draw a table (the default on a terminal).",
    "csv": "Print CSV with a header line.",
    "json": "Print one JSON object (docs/cli-json.md).",
    "jsonl": "Print JSON lines, one object per row (the default when piped).",
}


def make_console() -> Console:
    """A console; when output is piped, wide enough that tables do not wrap (rich assumes 80)."""
    probe = Console()
    if probe.is_terminal or os.environ.get("COLUMNS"):
        return probe
    return Console(width=120)


console = make_console()


def format_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--table / --csv / --json / --jsonl, all into the parameter `fmt`."""
    for name, help_text in reversed(FORMATS.items()):
        command = click.option(f"--{name}", "fmt", flag_value=name, help=help_text)(command)
    return command


def chosen(fmt: str | None) -> str:
    """The format asked for, else a table on a terminal and JSON lines when piped."""
    if fmt:
        return fmt
    return "table" if sys.stdout.isatty() else "jsonl"


def echo_json(data: dict[str, Any]) -> None:
    """One JSON object with `schema_version` first."""
    click.echo(safe_json({"schema_version": SCHEMA_VERSION, **data}))


def echo_jsonl(rows: Sequence[dict[str, Any]]) -> None:
    for row in rows:
        click.echo(safe_json(row, indent=None))


def cell(value: Any) -> str:
    """One CSV or table cell: NULL for None, JSON for lists and maps, printable text."""
    if value is None:
        return "NULL"
    if isinstance(value, list | tuple | dict):
        return printable(json.dumps(value, ensure_ascii=False, default=str))
    return printable(str(value))


def echo_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow([printable(c) for c in columns])
    writer.writerows(["" if v is None else cell(v) for v in row] for row in rows)


def rich_safe(data: Any) -> Any:
    """Data for rich: printable text with rich's markup escaped (a "[bold]" name stays text)."""
    return map_strings(data, lambda text: escape(printable(text)))
