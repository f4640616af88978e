"""html_to_text (one pass, used by every extractor): block lines, skipped markup, entities."""

from __future__ import annotations

import pytest

from jobwatch.crawlers.extract.html_text import html_to_text


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("<p>a<br/>b</p>", "a\nb"),
        ("<script>x<p>y</p></script>z", "z"),
        ("<div title='a>b'>t</div>", "t"),  # ">" inside an attribute value
        ("a &amp; b &lt;c&gt; &#x2F; &nbsp;x", "a & b <c> / x"),  # nbsp collapses too
        ("<!-- <p>hidden</p> --><p>x</p>", "x"),
        ("<P>UP</P><LI>case</LI>", "UP\ncase"),
        ("a < b and c > d", "a < b and c > d"),
        ("<style>p{}</style><li>one<li>two", "one\ntwo"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("<scriptx>a</scriptx>b", "ab"),  # not a script tag
        ("<template><p>h</p></template>v", "v"),
        ("<!DOCTYPE html><head><title>T</title></head><body><p>B</p></body>", "B"),
        ("<p>  many   spaces\n\n inside </p>", "many spaces\ninside"),  # raw newlines break
        ("<script>never closed <p>x", None),  # nothing visible
        ("", None),
    ],
)
def test_html_to_text(source, text):
    assert html_to_text(source) == (text if text is not None else "")


def test_none_stays_none():
    assert html_to_text(None) is None
