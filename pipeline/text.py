"""Small text helpers: HTML to plain text, ISO dates from the many shapes sources use."""

from __future__ import annotations

import datetime as dt
import html
import re

_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/li|/h\d|/tr|li)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, one line per block element."""
    text = _SCRIPT.sub(" ", markup)
    text = _TAG.sub(" ", _BLOCK.sub("\n", text))
    text = html.unescape(text)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def parse_datetime(value: object) -> dt.datetime | None:
    """A datetime from ISO 8601 text, or epoch seconds/milliseconds; None when unreadable."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
        number = float(value)
        seconds = number / 1000 if number > 1e11 else number  # Lever gives milliseconds
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip().replace("Z", "+00:00")
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def iso_date(value: object) -> str | None:
    """'YYYY-MM-DD' of a date/time value, or None."""
    parsed = parse_datetime(value)
    return parsed.date().isoformat() if parsed else None
