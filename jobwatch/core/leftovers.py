"""Leftovers of interrupted runs under a home: `.tmp-*` crawl dirs, build and snapshot temp files.

Every writer works on a temp name and renames it when done, so a killed run leaves only such names,
which readers ignore. They are harmless but take disk; `jobwatch status` lists them and
`jobwatch status --clean` removes those old enough that no running job can still own them.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobwatch.core.layout import TEMP_NAME

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from jobwatch.core.layout import Paths

MIN_AGE_S = 6 * 3600  # a weekly refresh takes minutes: a temp name this old belongs to no one


@dataclass(frozen=True)
class Leftover:
    path: Path
    bytes: int
    age_s: float


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _temp_paths(root: Path) -> Iterator[Path]:
    """Temp names under root, not descending into one (its content goes with it)."""
    if not root.exists():
        return
    for child in root.iterdir():
        if TEMP_NAME.search(child.name):
            yield child
        elif child.is_dir() and not child.is_symlink():
            yield from _temp_paths(child)


def find_leftovers(paths: Paths, *, now: float | None = None) -> list[Leftover]:
    """Temp files and dirs in the lakes and exports, and beside the warehouse and the site (in the
    home itself), oldest first."""
    now = time.time() if now is None else now
    found = [*_temp_paths(paths.raw), *_temp_paths(paths.normalized), *_temp_paths(paths.exports)]
    if paths.home.exists():
        found += [child for child in paths.home.iterdir() if TEMP_NAME.search(child.name)]
    items = [Leftover(p, _size(p), now - p.lstat().st_mtime) for p in found]
    return sorted(items, key=lambda item: -item.age_s)


def clean_leftovers(paths: Paths, *, min_age_s: float = MIN_AGE_S) -> list[Leftover]:
    """Remove the leftovers older than min_age_s; returns what was removed."""
    removed = []
    for item in find_leftovers(paths):
        if item.age_s < min_age_s:
            continue
        if item.path.is_dir() and not item.path.is_symlink():
            shutil.rmtree(item.path, ignore_errors=True)
        else:
            item.path.unlink(missing_ok=True)
        removed.append(item)
    return removed
