"""html_text's fast paths give exactly what the plain library calls give (html.unescape, the
piece-by-piece reading)."""

from __future__ import annotations

import html

import pytest

from jobwatch.crawlers.extract.html_text import _pieces, html_to_text, unescape

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
