"""Quarantine lines (bad input kept with its reason) and the UTC timestamps crawl records carry."""

from __future__ import annotations

import datetime as dt
from typing import Any

MAX_BODY_CHARS = 64 * 1024  # docs/architecture.md: the offending text is cut at 64 KiB


class Quarantine(dict[str, Any]):
    """A quarantine line travelling through the item pipeline; routed to `_quarantine.jsonl`."""


def utc_now() -> str:
    """Now as ISO 8601 UTC with a Z, to the second."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def cut_body(body: bytes | str) -> str:
    """The offending body as text, cut at 64 KiB (undecodable bytes shown as U+FFFD)."""
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    return text[:MAX_BODY_CHARS]


def quarantine_line(
    *,
    source: str,
    board: str | None,
    url: str | None,
    reason: str,
    detail: str,
    body: Any,
    fetched_at: str | None,
    crawl_id: str | None,
) -> Quarantine:
    """One `_quarantine.jsonl` line; `body` is raw text (cut) or the offending record."""
    if isinstance(body, bytes | str):
        body = cut_body(body)
    return Quarantine(
        crawl_id=crawl_id,
        source=source,
        board=board,
        url=url,
        reason=reason,
        detail=detail,
        fetched_at=fetched_at,
        body=body,
    )
