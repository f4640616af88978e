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
    """The figures; each measure's definition is printed under the table (definitions())."""
    title = f"{result.classifier} — {result.dataset} ({result.rows:,} rows)"
    grid = Table(title=title, title_justify="left", header_style="bold")
    halves = any(m.test_n is not None for m in result.measures)
    columns = ["measure", "value", "n", *(["test half (n)"] if halves else []), "target"]
    for column in columns:
        grid.add_column(column, no_wrap=True)
    for m in result.measures:
        digits = 3 if m.target_of else 2  # a baseline's value, or a round minimum
        target = "—" if m.target is None else f"{'>' if m.strict else '>='} {m.target:.{digits}f}"
        mark = (
            "" if m.target is None else (" [green]ok[/green]" if m.passed else " [red]BELOW[/red]")
        )
        test = [f"{_value(m.test_value)} ({m.test_n or 0:,})"] if halves else []
        grid.add_row(m.label, _value(m.value), f"{m.n:,}", *test, target + mark)
    return grid


def definitions(result: DatasetResult) -> list[str]:
    """One line per measure: what it counts over what."""
    return [
        f"{m.label}: {m.definition}"
        + (f" (target: the value of {m.target_of})" if m.target_of else "")
        for m in result.measures
    ]


def _per_field(misses: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """Up to `limit` misses of each field (a result's misses without a field: `limit` in all)."""
    shown: dict[Any, int] = {}
    out = []
    for miss in misses:
        field = miss.get("field")
        if shown.get(field, 0) < limit:
            shown[field] = shown.get(field, 0) + 1
            out.append(miss)
    return out


def render(results: list[DatasetResult], console: Console, misses: int = 0) -> None:
    """Tables with the notes that define each measure, and up to `misses` errors per field."""
    for result in results:
        console.print(table(result))
        for line in definitions(result):
            console.print(f"  = {line}", highlight=False, markup=False)
        for note in result.notes:
            console.print(f"  · {note}", highlight=False)
        for miss in _per_field(result.misses, misses):
            console.print(f"  miss: {miss}", highlight=False, markup=False)
        console.print()
    failed = [m.key for r in results for m in r.measures if not m.passed]
    if failed:
        console.print(f"[red]{len(failed)} measure(s) below target:[/red] {', '.join(failed)}")
    else:
        console.print("[green]every measure meets its target[/green]")
