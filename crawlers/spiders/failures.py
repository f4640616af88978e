"""A failed board request -> one human error line (and whether the board's slug looks stale)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as tx_error

if TYPE_CHECKING:
    from scrapy.http import Request, Response


@dataclass(frozen=True)
class FailureInfo:
    error: str
    stale_slug: bool = False
    response: Response | None = None  # the error response, quarantined as http_error
    too_large: bool = False  # over DOWNLOAD_MAXSIZE: quarantined as too_large, body not kept


def _over_maxsize(exc: BaseException) -> bool:
    """Scrapy cancels a body announced or received over DOWNLOAD_MAXSIZE, and drops one that
    decompresses past it (a gzip bomb) with an IgnoreRequest that names the setting."""
    text = str(exc)
    return (isinstance(exc, DownloadCancelledError) and "max size" in text) or (
        isinstance(exc, IgnoreRequest) and "DOWNLOAD_MAXSIZE" in text
    )


def _attempts(request: Request) -> str:
    attempts = request.meta.get("retry_times", 0) + 1
    return f"{attempts} attempt{'s' if attempts != 1 else ''}"


def describe(exc: BaseException, request: Request, board: str) -> FailureInfo:
    """What went wrong, in one line a user can act on."""
    host = urlsplit(request.url).netloc
    if isinstance(exc, HttpError):
        response = exc.response
        if response.status == 404:
            line = f"HTTP 404: board {board!r} not found; the slug looks stale (check sources.yaml)"
            return FailureInfo(line, stale_slug=True, response=response)
        stopped = request.meta.get("retry_stopped")
        line = f"HTTP {response.status} after {_attempts(request)}"
        return FailureInfo(f"{line}; {stopped}" if stopped else line, response=response)
    if isinstance(exc, DownloadTimeoutError | tx_error.TimeoutError | tx_error.TCPTimedOutError):
        timeout = request.meta.get("download_timeout")
        after = f" after {timeout:g} s" if isinstance(timeout, int | float) else ""
        return FailureInfo(f"timed out{after} ({_attempts(request)}) fetching {request.url}")
    if isinstance(exc, DownloadConnectionRefusedError | tx_error.ConnectionRefusedError):
        return FailureInfo(f"connection refused by {host} ({_attempts(request)})")
    if isinstance(exc, CannotResolveHostError | tx_error.DNSLookupError):
        return FailureInfo(f"cannot resolve host {host} ({_attempts(request)})")
    if _over_maxsize(exc):
        # Read here, not at import: the settings module loads every spider (platform defaults).
        from jobwatch.crawlers.settings import DOWNLOAD_MAXSIZE

        limit = request.meta.get("download_maxsize") or DOWNLOAD_MAXSIZE
        line = f"response over {limit / 2**20:g} MB (DOWNLOAD_MAXSIZE): dropped unread"
        return FailureInfo(line, too_large=True)
    if isinstance(exc, IgnoreRequest):
        return FailureInfo(f"request not made: {exc}")
    return FailureInfo(f"{type(exc).__name__}: {exc} ({_attempts(request)})".strip())
