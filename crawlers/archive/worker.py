"""One archived page -> its JSONL lines, encoded in the worker (what the parent writes verbatim)."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from jobwatch.crawlers import extraction
from jobwatch.crawlers.archive.pages import ArchivedPage, read_body
from jobwatch.crawlers.extract.result import ExtractResult
from jobwatch.crawlers.pipelines.lines import encode_line
from jobwatch.crawlers.records import quarantine_line

if TYPE_CHECKING:
    from pathlib import Path


@dataclass
class PageOutcome:
    """What one page gave, ready to append: lines are bytes, counts are per board."""

    page: ArchivedPage
    items: dict[str, tuple[bytes, int]] = field(default_factory=dict)  # by the record's board
    errors: bytes = b""  # quarantine lines, in the extractor's order
    quarantined: dict[str, int] = field(default_factory=dict)  # by the line's board
    parse_errors: int = 0
    failure: str | None = None  # "reason: detail" when the page as a whole was unusable
    crash: str | None = None  # the extractor's traceback when it raised


def extract_one(task: tuple[Path, ArchivedPage]) -> PageOutcome:
    """Read, extract and encode one page; an extractor that raises costs this page only."""
    directory, page = task
    try:
        body = read_body(directory, page)
    except OSError as exc:
        return outcome(page, failed(page, "archive_missing", f"{exc.strerror}: {page.file}", b""))
    try:
        result = extraction.extract_page(
            page.source,
            body,
            board=page.board,
            url=page.url,
            fetched_at=page.fetched_at,
            crawl_id=page.crawl_id,
            meta=page.meta,
        )
    except Exception as exc:  # an extractor bug must cost one page, never the crawl
        detail = f"{type(exc).__name__}: {exc}"
        return outcome(page, failed(page, "extract_error", detail, body), traceback.format_exc())
    return outcome(page, result)


def failed(page: ArchivedPage, reason: str, detail: str, body: bytes) -> ExtractResult:
    """The page is unusable: one quarantine line with its body, as the callback wrote before."""
    line = quarantine_line(
        source=page.source,
        board=page.board,
        url=page.url,
        reason=reason,
        detail=detail,
        body=body,
        fetched_at=page.fetched_at,
        crawl_id=page.crawl_id,
    )
    return ExtractResult(errors=[line], page_failed=True)


def outcome(page: ArchivedPage, result: ExtractResult, crash: str | None = None) -> PageOutcome:
    done = PageOutcome(page, parse_errors=len(result.errors), crash=crash)
    lines: dict[str, list[bytes]] = {}
    for record in result.items:
        lines.setdefault(record.get("board") or "unknown", []).append(encode_line(record))
    done.items = {board: (b"\n".join(ls) + b"\n", len(ls)) for board, ls in lines.items()}
    if result.errors:
        done.errors = b"\n".join(encode_line(line) for line in result.errors) + b"\n"
    for line in result.errors:
        board = line.get("board") or "unknown"
        done.quarantined[board] = done.quarantined.get(board, 0) + 1
    if result.page_failed:
        error = result.page_error or {}
        done.failure = f"{error.get('reason')}: {error.get('detail')}"
    return done
