"""Everything `jobwatch status` reports about a home, as plain data (printed or --json)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.core.errors import UserError
from jobwatch.core.layout import exported_weeks
from jobwatch.core.leftovers import find_leftovers
from jobwatch.core.plain import plain_dict

if TYPE_CHECKING:
    from pathlib import Path

    from jobwatch.core.layout import Paths


def latest_log(logs: Path) -> Path | None:
    """The most recently written log: names sort by command before time, so by mtime."""
    files = [p for p in logs.glob("*.log") if p.is_file()] if logs.is_dir() else []
    return max(files, key=lambda p: p.stat().st_mtime_ns, default=None)


def home_status(paths: Paths) -> dict[str, Any]:
    from jobwatch.warehouse.inventory import inventory
    from jobwatch.warehouse.status import lake_damage

    warehouse: dict[str, Any] = {"path": paths.warehouse, "present": paths.warehouse.is_file()}
    if warehouse["present"]:
        try:
            warehouse |= inventory(paths.home)
        except UserError as exc:  # a warehouse being swapped or damaged: say so, go on
            warehouse["error"] = str(exc)
    index = paths.site / "index.html"
    log = latest_log(paths.logs)
    return plain_dict(
        {
            "home": paths.home,
            "warehouse": warehouse,
            "snapshots": {"root": paths.exports, "weeks": exported_weeks(paths.exports)},
            "site": index if index.exists() else None,
            "logs": {"dir": paths.logs, "latest": log},
            "damaged_lake_files": lake_damage(paths.home),
            "leftovers": [
                {"path": item.path, "bytes": item.bytes, "age_s": round(item.age_s)}
                for item in find_leftovers(paths)
            ],
        }
    )
