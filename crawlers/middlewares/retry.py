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
        await self._wait(retry, response)
        return retry

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        retry = super().process_exception(request, exception)
        if isinstance(retry, Request):
            await self._wait(retry, None)
        return retry

    def _delay(self, retry: Request, response: Response | None) -> float:
        if response is not None and response.status in RETRY_AFTER_STATUSES:
            asked = retry_after_seconds(response.headers.get("Retry-After"))
            if asked is not None:
                return min(asked, self.retry_after_max)
        attempt = retry.meta.get("retry_times", 1)
        return backoff_seconds(attempt, self.backoff_base, self.backoff_max)

    async def _wait(self, retry: Request, response: Response | None) -> None:
        delay = self._delay(retry, response)
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("retry/wait_ms", round(delay * 1000))
        if delay > 0:
            await sleep(delay)
