"""`--base-url [PLATFORM=]URL`: one mirror for every platform, or one per platform."""

from __future__ import annotations

import pytest

from jobwatch.core.errors import UserError
from jobwatch.crawlers.mirrors import BaseUrls, parse_base_urls
from tests.conftest import jobwatch_cli


@pytest.mark.parametrize(
    ("values", "default", "per_platform"),
    [
        ((), None, {}),
        (("http://127.0.0.1:8080",), "http://127.0.0.1:8080", {}),
        (("lever=http://lv:81",), None, {"lever": "http://lv:81"}),
        (
            ("http://all:80", "Greenhouse=http://gh:81/prefix", "lever=http://lv:82"),
            "http://all:80",
            {"greenhouse": "http://gh:81/prefix", "lever": "http://lv:82"},
        ),
        # a `=` inside the URL (a query) is no platform name
        (("http://m:80/x?a=b",), "http://m:80/x?a=b", {}),
    ],
)
def test_base_url_values(values, default, per_platform):
    assert parse_base_urls(values) == (default, per_platform)


def test_one_mirror_per_platform_and_the_rest_on_the_default():
    urls = BaseUrls.checked("http://all:80", {"lever": "http://lv:82/"})
    assert urls.for_source("lever") == "http://lv:82"
    assert urls.for_source("greenhouse") == "http://all:80"
    only = BaseUrls.checked(None, {"lever": "http://lv:82"})
    assert only.for_source("greenhouse") is None  # the real API
    assert only.any
    assert not BaseUrls().any


@pytest.mark.parametrize(
    ("default", "per_platform", "error"),
    [
        (None, {"monster": "http://m:80"}, "--base-url monster=...: unknown platform"),
        (None, {"lever": ""}, "base URL"),
        ("ftp://x", {}, "base URL"),
    ],
)
def test_bad_mirrors_are_errors_never_the_real_api(default, per_platform, error):
    with pytest.raises(UserError, match=error):
        BaseUrls.checked(default, per_platform)


def test_two_default_urls_are_an_error():
    with pytest.raises(UserError, match="given twice"):
        parse_base_urls(["http://a:1", "http://b:2"])


def test_refresh_names_the_unknown_platform_in_one_line(tmp_path):
    proc = jobwatch_cli(tmp_path, "refresh", "--base-url", "monstr=http://127.0.0.1:9", check=False)
    assert proc.returncode == 2
    assert "unknown platform" in proc.stderr
    assert "monstr" in proc.stderr
    assert "Traceback" not in proc.stderr
