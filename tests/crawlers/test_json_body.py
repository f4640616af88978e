"""load_json gives json.loads's value (big ints, NaN, a BOM, lone surrogates) and a clear reason
when a body is not JSON."""

from __future__ import annotations

import json

import pytest

from jobwatch.crawlers.extract.json_body import load_json


@pytest.mark.parametrize(
    "body",
    [
        b'{"jobs": [{"id": 123456789012345678901234567890}]}',  # orjson would make it a float
        b'{"salary": NaN, "top": Infinity}',
        b'\xef\xbb\xbf{"jobs": []}',
        b'{"title": "\\ud800 lone"}',
        b'{"jobs": [{"id": 4000123, "pay": 1.5e-7, "title": "\\u00e9"}]}',
    ],
)
def test_load_json_value_is_json_loads_value(body: bytes) -> None:
    value, error = load_json(body)
    assert error is None
    assert repr(value) == repr(json.loads(body.decode("utf-8-sig")))  # 2**97 stays an int


@pytest.mark.parametrize(
    ("body", "reason", "detail_part"),
    [
        (b"", "not_json", "empty body"),
        (b"<html>blocked</html>", "not_json", "HTML"),
        (b'{"jobs": [1, 2', "malformed_json", "truncated"),
    ],
)
def test_load_json_errors_keep_their_messages(body: bytes, reason: str, detail_part: str) -> None:
    value, error = load_json(body)
    assert value is None
    assert error is not None
    assert error.reason == reason
    assert detail_part in error.detail
