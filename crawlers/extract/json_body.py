"""Decode a JSON API body, telling HTML pages, empty and cut-off bodies apart."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class BodyError:
    reason: str  # not_json | malformed_json
    detail: str


def _looks_like_markup(text: str) -> bool:
    """An error page, login wall or CDN challenge: HTML/XML where JSON never starts with '<'."""
    return text.lstrip().startswith("<")


def load_json(body: bytes | str) -> tuple[Any, BodyError | None]:
    """(parsed value, None) or (None, BodyError) for an empty, HTML, undecodable or broken body."""
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
