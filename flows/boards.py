"""The weekly run's board lifecycle: disable what failed N weeks in a row, re-enable what answers
again, move stale slugs found on another platform; written to the user's registry row by row."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from prefect import task

from jobwatch.core.progress import emit
from jobwatch.crawlers import lifecycle
from jobwatch.crawlers.mirrors import BaseUrls
from jobwatch.crawlers.sources import DEFAULT_PATH, load_sources
from jobwatch.warehouse.board_streaks import board_streaks


def writable(registry: Path) -> bool:
    """The run edits the user's registry (or a --sources-file), never a file shipped with
    jobwatch (the packaged registry, the sample's)."""
    return not registry.resolve().is_relative_to(DEFAULT_PATH.parent.resolve())


@task(task_run_name="board-lifecycle")
def lifecycle_stage(
    home: str, registry: str, week: str, settings: dict[str, str] | None, urls: BaseUrls
) -> dict[str, Any]:
    """The registry changes of this run (applied when the registry is the user's)."""
    path = Path(registry)
    rows = load_sources(path)
    streaks = board_streaks(Path(home))
    after = lifecycle.disable_after(settings)
    changes = lifecycle.plan_changes(rows, streaks, week=week, after=after)
    applied = writable(path)
    lost = lifecycle.stale(changes, streaks) if applied else []
    if lost:  # never probe from a shipped registry's run (the sample's mirror has stopped)
        from jobwatch.crawlers.probe import where_moved

        emit(f"boards: looking for {len(lost)} stale slug(s) on the other platforms")
        moved = where_moved(lost, home=Path(home), target=urls, settings=settings)
        changes = lifecycle.with_moves(changes, moved, {r.key: r for r in rows}, week)
    if applied and changes:
        apply(path, changes, week)
    if changes:
        emit(f"boards: {len(changes)} registry change(s)" + ("" if applied else " (not applied)"))
    return {
        "registry": str(path),
        "applied": applied,
        "disable_after_weeks": after,
        "changes": [asdict(c) for c in changes],
    }


def apply(path: Path, changes: list[lifecycle.Change], week: str) -> None:
    from jobwatch.crawlers.registry_file import append_rows, update_rows

    update_rows(path, {c.key: c.fields for c in changes})
    new = [c.new_row for c in changes if c.new_row]
    if new:
        append_rows(path, new, comment=f"boards moved, found by the weekly run of week {week}")


def report_section(boards: dict[str, Any] | None) -> list[str]:
    """The run report's lines on what changed in the registry (markdown)."""
    if not boards or not boards["changes"]:
        return []
    lines = ["## Registry changes", ""]
    if not boards["applied"]:
        lines += [f"Not applied: `{boards['registry']}` ships with jobwatch.", ""]
    lines += ["| change | board | why |", "|---|---|---|"]
    for change in boards["changes"]:
        board = f"{change['platform']}/{change['board']}"
        if change["moved_to"]:
            board += " → " + "/".join(change["moved_to"])
        why = str(change["reason"]).replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {change['kind']} | {board} | {why} |")
    return [*lines, ""]
