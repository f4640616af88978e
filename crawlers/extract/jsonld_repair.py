"""Find JSON-LD blocks in an HTML page and parse them despite the usual real-world breakage."""

from __future__ import annotations

import html
import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.I | re.S,
)
_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
JOB_TYPES = {
    "jobposting",
    "schema:jobposting",
    "http://schema.org/jobposting",
    "https://schema.org/jobposting",
}


def script_blocks(page_html: str) -> list[str]:
    """The text of every `<script type="application/ld+json">` element, in page order."""
    return [m.group(1) for m in _SCRIPT.finditer(page_html)]


def _attempts(block: str) -> Iterator[str]:
    """The block as is, then with one more repair at each step (each kept if it helps)."""
    text = _WRAPPERS.sub("", block.strip()).strip()
    yield text
    text = text.rstrip(";").rstrip()  # `{...};` copied from a JS assignment
    yield text
    text = _TRAILING_COMMA.sub(r"\1", text)
    yield text
    if "&quot;" in text or "&#34;" in text:  # the whole block HTML-escaped by a template
        yield html.unescape(text)


def parse_block(block: str) -> tuple[Any, str | None]:
    """(value, None), or (None, why it could not be parsed even after the repairs)."""
    error = "empty block"
    for attempt in _attempts(block):
        if not attempt:
            continue
        cleaned = _CONTROL.sub(" ", attempt)  # raw control characters inside strings
        try:
            # strict=False also admits raw newlines and tabs inside strings
            return json.loads(cleaned, strict=False), None
        except json.JSONDecodeError as exc:
            error = f"{exc.msg} (char {exc.pos})"
    return None, error


def _is_job(node: dict[str, Any]) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(str(k).strip().lower() in JOB_TYPES for k in kinds)


def job_postings(value: Any) -> list[dict[str, Any]]:
    """Every JobPosting object in a parsed block: top level, in arrays, in `@graph`, or in an
    ItemList's `itemListElement` (`item`), depth-first in document order."""
    found: list[dict[str, Any]] = []
    stack: list[Any] = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            if _is_job(node):
                found.append(node)
                continue
            nested = [
                node[k] for k in ("@graph", "itemListElement", "item", "mainEntity") if k in node
            ]
            stack.extend(reversed(nested))
    return found
