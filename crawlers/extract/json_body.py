"""Decode a JSON API body, telling HTML pages, empty and cut-off bodies apart."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import orjson

# Digits -> "0", everything else -> ".": a run of 20 zeros is an integer orjson would turn into a
# float (it reads past 64 bits as float; json.loads keeps the exact int).
_DIGITS = bytes(48 if 48 <= i <= 57 else 46 for i in range(256))
_LONG_NUMBER = b"0" * 20


@dataclass(frozen=True)
class BodyError:
    reason: str  # not_json | malformed_json
    detail: str


def _looks_like_markup(text: str) -> bool:
    """An error page, login wall or CDN challenge: HTML/XML where JSON never starts with '<'."""
    return text.lstrip().startswith("<")


def _fast_load(body: bytes | str) -> Any:
    """orjson's value when it is json.loads' value (~2x faster on board pages), else None.

    orjson refuses what json.loads reads differently (NaN, a BOM, lone surrogates, 1e400), so
    those bodies, and every error message, go the json.loads way."""
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    if _LONG_NUMBER in raw.translate(_DIGITS):
        return None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None


def load_json(body: bytes | str) -> tuple[Any, BodyError | None]:
    """(parsed value, None) or (None, BodyError) for an empty, HTML, undecodable or broken body."""
    value = _fast_load(body)
    if value is not None:
        return value, None
    try:
        text = body.decode("utf-8-sig") if isinstance(body, bytes) else body
    except UnicodeDecodeError as exc:
        return None, BodyError(
            "malformed_json", f"body is not valid UTF-8: {exc.reason} at {exc.start}"
        )
    if not text.strip():
        return None, BodyError("not_json", "empty body")
    if _looks_like_markup(text):
        return None, BodyError("not_json", "got HTML where JSON was expected")
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        cut = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        hint = "; the body ends early (truncated?)" if cut else ""
        return None, BodyError("malformed_json", f"{exc.msg} (char {exc.pos}){hint}")
