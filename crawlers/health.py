"""Per-board crawl health kept in Scrapy's crawler stats, and the crawl-run row built from it."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

PREFIX = "board"


def key(board: str, name: str) -> str:
    return f"{PREFIX}/{board}/{name}"


def inc(stats: Any, board: str, name: str, count: int = 1) -> None:
    stats.inc_value(key(board, name), count)


def touch(stats: Any, board: str) -> None:
    """Record activity now: the first call marks the board's start, the last its finish."""
    now = time.time()
    if stats.get_value(key(board, "t_start")) is None:
        stats.set_value(key(board, "t_start"), now)
    stats.set_value(key(board, "t_end"), now)


def note_error(stats: Any, board: str, line: str, *, stale_slug: bool = False) -> None:
    """Keep the first error line of a board (later ones are usually repeats of it)."""
    if stats.get_value(key(board, "error")) is None:
        stats.set_value(key(board, "error"), line)
    if stale_slug:
        stats.set_value(key(board, "stale_slug"), True)


def iso(epoch: float | None) -> str | None:
    if epoch is None:
        return None
    return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def board_status(pages_ok: int, pages_failed: int) -> str:
    """ok: every page read; partial: some pages failed; failed: nothing usable."""
    if pages_ok == 0:
        return "failed"
    return "partial" if pages_failed else "ok"


def _error_line(values: dict[str, Any], status: str, closing_reason: str) -> str | None:
    error = values.get("error")
    if status == "ok":
        return None
    if status == "partial":
        failed, total = values["pages_failed"], values["pages_failed"] + values["pages_ok"]
        return f"{failed} of {total} pages failed; first: {error}"
    return error or f"no response: the crawl ended ({closing_reason}) before this board was read"


def _board_values(stats: dict[str, Any], board: str) -> dict[str, Any]:
    prefix = key(board, "")
    values = {
        name[len(prefix) :]: value for name, value in stats.items() if name.startswith(prefix)
    }
    for name in ("requests", "pages_ok", "pages_failed", "items", "parse_errors", "quarantined"):
        values.setdefault(name, 0)
    return values


def run_row(
    stats: dict[str, Any], *, crawl_id: str, source: str, week: str, board: str, closing_reason: str
) -> dict[str, Any]:
    """The `_runs.jsonl` row of one board (docs/architecture.md), from a stats snapshot."""
    values = _board_values(stats, board)
    status = board_status(values["pages_ok"], values["pages_failed"])
    http = {name[5:]: n for name, n in values.items() if name.startswith("http/")}
    start, end = values.get("t_start"), values.get("t_end")
    return {
        "crawl_id": crawl_id,
        "source": source,
        "board": board,
        "week": week,
        "started_at": iso(start),
        "finished_at": iso(end),
        "status": status,
        "http_status": dict(sorted(http.items())),
        "requests": values["requests"],
        "items": values["items"],
        "parse_errors": values["parse_errors"],
        "quarantined": values["quarantined"],
        "error": _error_line(values, status, closing_reason),
        "stale_slug": bool(values.get("stale_slug", False)),
        "duration_s": round(end - start, 3) if start is not None and end is not None else 0.0,
    }
