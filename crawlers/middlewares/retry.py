"""Retries that wait first: Retry-After when the server says so, else exponential backoff."""

from __future__ import annotations

import datetime as dt
import email.utils
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request
from scrapy.utils.asyncio import sleep
from scrapy.utils.response import response_status_message

if TYPE_CHECKING:
    from scrapy.http import Response
    from scrapy.settings import BaseSettings

RETRY_AFTER_STATUSES = {429, 503}


def retry_after_seconds(value: str | bytes | None, now: dt.datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or HTTP-date); None if invalid."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP-dates are GMT by definition
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return max(0.0, (when - now).total_seconds())


def backoff_seconds(attempt: int, base: float, cap: float) -> float:
    """Backoff before retry number `attempt` (1-based): base, 2*base, 4*base... <= cap."""
    return min(cap, base * 2.0 ** max(0, attempt - 1))


class PoliteRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that sleeps (without blocking the reactor) before handing back the retry."""

    def __init__(self, settings: BaseSettings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 300.0)
        self.board_wait_max = settings.getfloat("RETRY_BOARD_WAIT_MAX", 120.0)
        self.waited: dict[str, float] = {}  # seconds each board has waited for its retries

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if request.meta.get("dont_retry", False):
            return response
        dataloss = "dataloss" in response.flags
        if response.status not in self.retry_http_codes and not dataloss:
            return response
        reason = "truncated body" if dataloss else response_status_message(response.status)
        retry = self._retry(request, reason)
        if retry is None:
            return response
        delay = self._delay(retry, response)
        if not self._may_wait(request, delay):
            return response  # the board fails now, its error saying why (spiders/failures.py)
        await self._wait(delay)
        return retry

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        retry = super().process_exception(request, exception)
        if isinstance(retry, Request):
            delay = self._delay(retry, None)
            if not self._may_wait(request, delay):
                return None  # the exception reaches the errback: the board fails now
            await self._wait(delay)
        return retry

    def _delay(self, retry: Request, response: Response | None) -> float:
        """Seconds to wait before `retry`: what Retry-After asks (uncapped), else backoff."""
        if response is not None and response.status in RETRY_AFTER_STATUSES:
            asked = retry_after_seconds(response.headers.get("Retry-After"))
            if asked is not None:
                return asked
        attempt = retry.meta.get("retry_times", 1)
        return backoff_seconds(attempt, self.backoff_base, self.backoff_max)

    def _may_wait(self, request: Request, delay: float) -> bool:
        """Whether the board may still wait `delay` s: one wait is at most RETRY_AFTER_MAX, all
        of a board's waits together at most RETRY_BOARD_WAIT_MAX; when not, the request's meta
        says why (the board's error names it) and no retry is made."""
        board = str(request.meta.get("board", ""))
        waited = self.waited.get(board, 0.0)
        limit = min(self.retry_after_max, self.board_wait_max - waited)
        if delay <= limit:
            self.waited[board] = waited + delay
            return True
        request.meta["retry_stopped"] = (
            f"not retried: the server asked to wait {delay:g} s, and a board waits at most "
            f"{self.retry_after_max:g} s at once and {self.board_wait_max:g} s in all "
            "(RETRY_AFTER_MAX, RETRY_BOARD_WAIT_MAX)"
        )
        return False

    async def _wait(self, delay: float) -> None:
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("retry/wait_ms", round(delay * 1000))
        if delay > 0:
            await sleep(delay)
