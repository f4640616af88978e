"""The registry a user edits: `$JOBWATCH_HOME/sources.yaml`, seeded from the shipped one on first
use. jobwatch changes it only row by row (a board disabled or re-enabled, a discovered board
added): every other line, comments included, stays as the user wrote it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import yaml

from jobwatch.core.errors import UserError
from jobwatch.crawlers.sources import DEFAULT_PATH, LOADER

FILE_NAME = "sources.yaml"
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def user_registry(home: Path) -> Path:
    """`home/sources.yaml`, copied from the shipped registry when it does not exist yet."""
    path = Path(home) / FILE_NAME
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{FILE_NAME}.tmp-{os.getpid()}")
        shutil.copyfile(DEFAULT_PATH, tmp)
        os.replace(tmp, path)
    return path


def registry_path(sources_file: Path | str | None, home: Path) -> Path:
    """What a command reads: `--sources-file`, else the user's registry under the home."""
    return Path(sources_file) if sources_file else user_registry(home)


def row_line(fields: dict[str, Any]) -> str:
    """One registry row as the one-line flow mapping the shipped file uses."""
    text = yaml.dump(fields, Dumper=DUMPER, default_flow_style=True, sort_keys=False, width=10**6)
    return f"- {text.strip()}"


def _key(row: object) -> tuple[str, str] | None:
    if not isinstance(row, dict):
        return None
    return str(row.get("platform") or "").strip().lower(), str(row.get("board") or "").strip()


def update_rows(path: Path, changes: dict[tuple[str, str], dict[str, Any]]) -> int:
    """Set fields of the rows keyed (platform, board) (a value None removes the field); only
    those rows' text changes. Returns how many rows changed."""
    text = path.read_text(encoding="utf-8")
    rows = yaml.load(text, Loader=LOADER) or []
    nodes = yaml.compose(text, Loader=LOADER)
    if not isinstance(rows, list) or nodes is None:
        raise UserError(f"sources file {path}: expected a list of entries")
    edits: list[tuple[int, int, str]] = []
    for row, node in zip(rows, nodes.value, strict=True):
        key = _key(row)
        if key is None or key not in changes:
            continue
        new = {**row, **changes[key]}
        new = {k: v for k, v in new.items() if v is not None}
        if new != row:
            edits.append((node.start_mark.index, node.end_mark.index, row_line(new)[2:]))
    for start, end, replacement in reversed(edits):
        tail = "\n" if text[start:end].endswith("\n") else ""
        text = text[:start] + replacement + tail + text[end:]
    if edits:
        write_text(path, text)
    return len(edits)


def append_rows(path: Path, rows: list[dict[str, Any]], comment: str = "") -> None:
    """Add rows at the end of the file (after a `# comment` line when given)."""
    text = path.read_text(encoding="utf-8")
    lines = [f"# {comment}"] if comment else []
    lines += [row_line(row) for row in rows]
    separator = "" if not text or text.endswith("\n") else "\n"
    write_text(path, text + separator + "\n".join(lines) + "\n")


def write_text(path: Path, text: str) -> None:
    """Replace the file whole or not at all (a reader never sees half a registry)."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
