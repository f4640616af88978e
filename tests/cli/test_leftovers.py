"""`jobwatch status` lists what interrupted runs left; `--clean` removes only the old ones."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from jobwatch.core.layout import Paths
from jobwatch.core.leftovers import find_leftovers
from tests.conftest import jobwatch_cli

if TYPE_CHECKING:
    from pathlib import Path

HOUR = 3600


def _age(path: Path, hours: float) -> None:
    then = time.time() - hours * HOUR
    os.utime(path, (then, then))


def _home(tmp_path: Path) -> dict[str, Path]:
    """A home with a finished crawl and one leftover of each kind (ages in hours)."""
    week = tmp_path / "raw" / "source=greenhouse" / "week=2026-11-16"
    done = week / "crawl=greenhouse-20261116T060000Z-aaaaaa"
    done.mkdir(parents=True)
    (done / "acme.jsonl").write_text("{}\n")
    crawl = week / ".tmp-crawl=greenhouse-20261116T070000Z-bbbbbb"
    crawl.mkdir()
    (crawl / "acme.jsonl").write_text("{}\n" * 1000)
    build = tmp_path / "warehouse.duckdb.tmp-0123456789ab"
    build.write_bytes(b"x" * 4096)
    fresh = tmp_path / "exports" / ".week=2026-11-16.tmp-abcd1234"
    fresh.mkdir(parents=True)
    (tmp_path / "warehouse.duckdb").write_bytes(b"the live warehouse")
    for path, hours in ((crawl, 30), (build, 8), (fresh, 0.1)):
        _age(path, hours)
    return {"done": done, "crawl": crawl, "build": build, "fresh": fresh}


def test_leftovers_are_found_oldest_first_and_finished_files_are_not(tmp_path: Path) -> None:
    made = _home(tmp_path)
    found = find_leftovers(Paths(tmp_path))
    assert [item.path for item in found] == [made["crawl"], made["build"], made["fresh"]]
    assert found[0].bytes == 3000
    assert found[1].bytes == 4096


def test_status_lists_leftovers_and_clean_removes_only_old_ones(tmp_path: Path) -> None:
    made = _home(tmp_path)
    listed = jobwatch_cli(tmp_path, "status").stdout
    assert "leftovers: 3 from interrupted runs" in listed
    assert "--clean" in listed
    cleaned = jobwatch_cli(tmp_path, "status", "--clean").stdout
    assert "removed 2 leftover(s)" in cleaned
    assert "leftovers: 1 from interrupted runs" in cleaned
    assert not made["crawl"].exists()
    assert not made["build"].exists()
    assert made["fresh"].exists()  # may belong to a run in progress
    assert (made["done"] / "acme.jsonl").exists()
    assert (tmp_path / "warehouse.duckdb").exists()
