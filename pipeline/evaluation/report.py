"""Render evaluation results: one table per classifier with its definitions, or one JSON object."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.table import Table

if TYPE_CHECKING:
    from rich.console import Console

    from jobwatch.pipeline.evaluation.measures import DatasetResult


def as_json(results: list[DatasetResult], data_dir: str) -> dict[str, Any]:
    """The `jobwatch eval --json` object: {data, passed, evaluations: [...]}."""
    return {
        "data": data_dir,
        "passed": all(r.passed for r in results),
        "evaluations": [r.to_dict() for r in results],
    }


def _value(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def table(result: DatasetResult) -> Table:
    title = f"{result.classifier} — {result.dataset} ({result.rows:,} rows)"
    grid = Table(title=title, title_justify="left", header_style="bold")
    for column in ("measure", "value", "target", "n", "", "definition"):
        grid.add_column(column, no_wrap=column != "definition")
    for m in result.measures:
        target = "—" if m.target is None else f">= {m.target:.2f}"
        mark = "" if m.target is None else ("[green]ok[/green]" if m.passed else "[red]BELOW[/red]")
        grid.add_row(m.label, _value(m.value), target, f"{m.n:,}", mark, m.definition)
    return grid


def render(results: list[DatasetResult], console: Console, misses: int = 0) -> None:
    """Tables with the notes that define each measure, and up to `misses` errors per dataset."""
    for result in results:
        console.print(table(result))
        for note in result.notes:
            console.print(f"  · {note}", highlight=False)
        for miss in result.misses[:misses]:
            console.print(f"  miss: {miss}", highlight=False, markup=False)
        console.print()
    failed = [m.key for r in results for m in r.measures if not m.passed]
    if failed:
        console.print(f"[red]{len(failed)} measure(s) below target:[/red] {', '.join(failed)}")
    else:
        console.print("[green]every measure meets its target[/green]")
