"""The crawl's fast paths give exactly what the plain library calls gave (html, json)."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING

import pytest

from jobwatch.crawlers.extract.html_text import _pieces, html_to_text, unescape
from jobwatch.crawlers.extract.json_body import load_json
from jobwatch.crawlers.lake import dumps
from jobwatch.crawlers.pipelines.lines import CHUNK_LINES, JsonlWriter, encode_line

if TYPE_CHECKING:
    from pathlib import Path

ESCAPED = [
    "R&amp;D &lt;p&gt; &quot;q&quot; it&#39;s it&#x27;s a&nbsp;b",
    "&amp;lt; stays escaped once",  # "&amp;" last: html.unescape leaves "&lt;"
    "&rsquo; &#8217; &copy",  # not among the common five: html.unescape's way
    "&ampx &lt5 &#60 &# & alone",  # legacy entities without ";" and bare ampersands
    "no entities at all",
]


@pytest.mark.parametrize("text", ESCAPED)
def test_unescape_is_html_unescape(text: str) -> None:
    assert unescape(text) == html.unescape(text)


def slow_text(source: str) -> str:
    """html_to_text by the per-piece path (the reference the fast substitution must equal)."""
    lines = (" ".join(line.split()) for line in "".join(_pieces(source)).split("\n"))
    return "\n".join(line for line in lines if line)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("<p>R&amp;D</p><ul><li>a&nbsp;b</li><li>c</li></ul>", "R&D\na b\nc"),  # nbsp is a space
        ("<p>&am<b>p;</b> split by a tag</p>", "&amp; split by a tag"),  # never joined
        ("<p>x &lt<br>y</p>", "x <\ny"),
        ('<div title="a>b">t</div><P>upper</P>', "t\nupper"),
        ("<header>h</header><script>var a = '<p>';</script>after", "h\nafter"),
        ("a\x00b<p>nul kept</p>", "a\x00b\nnul kept"),
        ("<!-- <p>hidden</p> --><p>shown</p>", "shown"),
        ("text <b unclosed", "text <b unclosed"),
        ("<p> a \t b </p>\n \n<p>\u3000c\r\nd </p>", "a b\nc\nd"),  # blank lines dropped
        ("<p>a\x01b</p> x", "a\x01b\nx"),  # the line placeholder in the text: the slow way
    ],
)
def test_html_to_text_fast_path_matches_pieces(source: str, expected: str) -> None:
    assert html_to_text(source) == expected == slow_text(source)


RECORDS = [
    {"title": "Senior ML Engineer – Zürich", "n": 150000.0, "x": None, "ok": True, "l": [1, "€"]},
    {"source_id": "1", "payload": {"nested": {"deep": [1.5, -0.0, 1e16, 2**63]}}},
    {"text": 'quote " backslash \\ tab \t nl \n ctl \x01 \u2028'},
]


@pytest.mark.parametrize("record", RECORDS)
def test_encoded_line_is_json_dumps_bytes(record: dict[str, object]) -> None:
    assert encode_line(record) == dumps(record).encode("utf-8")


@pytest.mark.parametrize(
    "record",
    [{"id": 2**70}, {1: "int key"}, {"when": __import__("datetime").date(2026, 11, 16)}],
)
def test_records_orjson_refuses_or_renders_differently_take_json_dumps(record: object) -> None:
    assert encode_line(record) == dumps(record).encode("utf-8")


def test_lone_surrogate_is_written_escaped_not_lost() -> None:
    line = encode_line({"title": "bad \ud800 char"})
    assert json.loads(line) == {"title": "bad \ud800 char"}


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


def test_writer_appends_every_record_across_chunks(tmp_path: Path) -> None:
    path, writer = tmp_path / "board.jsonl", JsonlWriter()
    records = [{"source_id": str(n), "title": f"Role {n}"} for n in range(CHUNK_LINES * 2 + 3)]
    assert writer.write(path, records) == len(records)
    assert writer.write(path, iter(records[:2])) == 2
    assert writer.write(tmp_path / "never.jsonl", []) == 0
    writer.close()
    expected = "".join(dumps(r) + "\n" for r in records + records[:2])
    assert path.read_text(encoding="utf-8") == expected
    assert not (tmp_path / "never.jsonl").exists()  # no empty file for a page without postings
