"""A failed board request -> one human error line (and whether the board's slug looks stale)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy.exceptions import (
    CannotResolveHostError,
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
        return FailureInfo(f"HTTP {response.status} after {_attempts(request)}", response=response)
    if isinstance(exc, DownloadTimeoutError | tx_error.TimeoutError | tx_error.TCPTimedOutError):
        timeout = request.meta.get("download_timeout")
        after = f" after {timeout:g} s" if isinstance(timeout, int | float) else ""
        return FailureInfo(f"timed out{after} ({_attempts(request)}) fetching {request.url}")
    if isinstance(exc, DownloadConnectionRefusedError | tx_error.ConnectionRefusedError):
        return FailureInfo(f"connection refused by {host} ({_attempts(request)})")
    if isinstance(exc, CannotResolveHostError | tx_error.DNSLookupError):
        return FailureInfo(f"cannot resolve host {host} ({_attempts(request)})")
    if isinstance(exc, IgnoreRequest):
        return FailureInfo(f"request not made: {exc}")
    return FailureInfo(f"{type(exc).__name__}: {exc} ({_attempts(request)})".strip())
