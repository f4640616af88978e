"""Plain data: dataclasses, paths, dates and counters turned into JSON-able values."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any


def plain(value: Any) -> Any:
    """Turn dataclasses, paths, dates and counters into JSON-able values, recursively."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def plain_dict(value: Any) -> dict[str, Any]:
    """plain() of a value that becomes a mapping (a dataclass or a dict), typed as one."""
    result = plain(value)
    if not isinstance(result, dict):
        raise TypeError(f"expected a mapping, got {type(result).__name__}")
    return result
