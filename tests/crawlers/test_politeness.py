"""Retry-After parsing, backoff growth, and the settings that make the crawler polite."""

from __future__ import annotations

import datetime as dt

import pytest
from scrapy.settings import Settings

from jobwatch.crawlers.middlewares.retry import backoff_seconds, retry_after_seconds

NOW = dt.datetime(2026, 11, 10, 12, 0, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        (b"3", 3.0),
        (" 0 ", 0.0),
        ("Tue, 10 Nov 2026 12:00:30 GMT", 30.0),
        ("Tue, 10 Nov 2026 11:59:00 GMT", 0.0),  # a date in the past: retry now
        ("-5", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_seconds_or_http_date(header, seconds):
    assert retry_after_seconds(header, now=NOW) == seconds


@pytest.mark.parametrize(
    ("attempt", "seconds"), [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 5.0), (9, 5.0)]
)
def test_backoff_doubles_per_attempt_up_to_the_cap(attempt, seconds):
    assert backoff_seconds(attempt, base=0.5, cap=5.0) == seconds


def test_project_settings_are_polite():
    settings = Settings()
    settings.setmodule("jobwatch.crawlers.settings")
    assert settings["USER_AGENT"] == "jobwatch/0.1 (+https://github.com/jobwatch/jobwatch)"
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert set(settings.getlist("RETRY_HTTP_CODES")) >= {408, 429, 500, 502, 503, 504, 522, 524}
    assert settings.getint("CONCURRENT_ITEMS") == 1
    assert settings["GREENHOUSE_BASE_URL"] == "https://boards-api.greenhouse.io"
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert middlewares["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert "jobwatch.crawlers.middlewares.retry.PoliteRetryMiddleware" in middlewares
