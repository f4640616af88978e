"""Untrusted text (company names, titles, anything a server sent) made safe for a terminal.

A posting's company name can carry ANSI/OSC escape sequences that recolour, retitle or rewrite a
terminal (or hide a link), and bidi overrides that reorder what is shown. Everything jobwatch
prints from data goes through printable() first; JSON keeps the text but escapes every control.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

# ESC-introduced sequences: CSI (ESC [ params final), OSC/DCS/PM/APC/SOS strings (to BEL or ST),
# any other two-character escape; and the 8-bit CSI/OSC introducers.
ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b.?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?",
    re.DOTALL,
)
# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings/overrides/isolates.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What JSON leaves raw with ensure_ascii=False but a terminal may still act on.
JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` without escape sequences or control characters (tabs and newlines stay)."""
    return CONTROL.sub("", ESCAPE_SEQUENCE.sub("", text))


def map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    """`fn` applied to every string inside dicts (keys too), lists and tuples."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        return {map_strings(k, fn): map_strings(v, fn) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(map_strings(v, fn) for v in value)
    return value


def printable_data(value: Any) -> Any:
    """printable() applied to every string inside dicts, lists and tuples."""
    return map_strings(value, printable)


def safe_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON text whose every control character is a \\u escape (the data itself is unchanged)."""
    text = json.dumps(data, indent=indent, ensure_ascii=False, default=str)
    return JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
