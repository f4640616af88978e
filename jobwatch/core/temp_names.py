"""Temp names: what a writer is still writing is named so that no reader ever matches it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# Writers work on a temp name (matched by TEMP_NAME) and rename it when done, so readers, which
# never match one, see a file or directory complete or not at all (docs/architecture.md).
TMP = ".tmp"
# ".tmp-crawl=ID", ".tmp-postings.parquet.X", "warehouse.duckdb.tmp-HEX(.wal)", ".site.tmp-X",
# "._runs.jsonl.tmp": every temp name the writers make matches this.
TEMP_NAME = re.compile(r"\.tmp(-|$)")
PARTS = f"{TMP}-parts"  # beside postings.parquet while a split crawl dir is normalized in parts


def temp_before(path: Path, tag: str = "") -> Path:
    """`.tmp-<tag><name>` beside path: a directory or file being written (or pulled)."""
    return path.with_name(f"{TMP}-{tag}{path.name}")


def temp_after(path: Path, tag: str | None = None, *, hidden: bool = True) -> Path:
    """`.<name>.tmp-<tag>` beside path (`.<name>.tmp` without a tag; no leading dot unless
    hidden): a file or directory being written, or a prefix (tag "") or glob (tag "*") of some."""
    dot = "." if hidden else ""
    suffix = TMP if tag is None else f"{TMP}-{tag}"
    return path.with_name(f"{dot}{path.name}{suffix}")
