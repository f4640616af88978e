"""What `jobwatch status` asks the warehouse: the damaged lake files it set aside."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from jobwatch.core.config import paths


def lake_damage(home: Path) -> list[dict[str, Any]]:
    """Every lake_quarantine entry (none without a warehouse, or one older than the table)."""
    path = paths(Path(home)).warehouse
    if not path.is_file():
        return []
    try:
        with duckdb.connect(":memory:") as con:
            con.execute("attach ? as warehouse (read_only)", [str(path)])
            cur = con.execute(
                "select path, board, reason, detail from warehouse.lake_quarantine order by all"
            )
            names = [d[0] for d in cur.description or []]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    except duckdb.Error:
        return []
