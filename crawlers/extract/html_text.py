"""HTML description -> plain text with block elements as line breaks (one regex pass, no Scrapy)."""

from __future__ import annotations

import html
import re

_BLOCKS = """address article aside blockquote br dd div dl dt fieldset figcaption figure footer form
h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul"""
BLOCK_TAGS = frozenset(_BLOCKS.split())
SKIP_TAGS = frozenset({"script", "style", "template", "head"})
# A tag (attribute values may hold ">"), or markup whose text is never shown: comments,
# declarations, processing instructions. ~2.5x faster than html.parser with the same output on
# job descriptions, which were most of a crawl's CPU (benchmarks/crawl_throughput.py). Possessive
# (*+, ++): attributes are read in runs, never re-split on backtracking; the matches are the same.
_MARKUP = re.compile(
    r"<(/?)([a-zA-Z][^\s/>]*)((?:[^>\"']++|\"[^\"]*\"|'[^']*')*+)>"
    r"|<!--.*?(?:-->|\Z)|<![^>]*>|<\?[^>]*>",
    re.S,
)
# Every tag of a skipped element starts like this (so does <header>: it takes the slow path).
_MAY_SKIP = re.compile(r"</?(?:script|style|template|head)", re.I)
# The entities descriptions are made of; str.replace is ~20x faster than html.unescape's
# callback per entity. "&amp;" last, so "&amp;lt;" stays "&lt;" as html.unescape leaves it.
_SIMPLE = (
    ("&lt;", "<"),
    ("&gt;", ">"),
    ("&quot;", '"'),
    ("&#39;", "'"),
    ("&#x27;", "'"),
    ("&nbsp;", "\xa0"),
    ("&amp;", "&"),
)
_JOIN = "\x00"  # marks where a tag was: entities never span it, as they never span a tag
_LINE = "\x01"  # stands for "\n" while str.split() collapses the other whitespace
_LINES = re.compile(_LINE + "+")


def unescape(text: str) -> str:
    """Exactly html.unescape(text), fast when every "&" starts one of the common entities."""
    if "&" not in text:
        return text
    counts = [text.count(entity) for entity, _ in _SIMPLE]
    if sum(counts) != text.count("&"):
        return html.unescape(text)
    for (entity, char), count in zip(_SIMPLE, counts, strict=True):
        if count:
            text = text.replace(entity, char)
    return text


def _pieces(source: str) -> list[str]:
    """Visible text runs (entities decoded) and "\\n" for every block tag, in order."""
    parts: list[str] = []
    skipping, pos = 0, 0
    for match in _MARKUP.finditer(source):
        if not skipping and match.start() > pos:
            parts.append(unescape(source[pos : match.start()]))
        pos = match.end()
        name = match.group(2)
        if name is None:
            continue
        name = name.lower()
        if name in SKIP_TAGS:
            closing, self_closing = match.group(1) == "/", match.group(3).rstrip().endswith("/")
            skipping = max(0, skipping - 1) if closing else skipping + (not self_closing)
        elif name in BLOCK_TAGS and not skipping:
            parts.append("\n")
    if not skipping and pos < len(source):
        parts.append(unescape(source[pos:]))
    return parts


def _mark(match: re.Match[str]) -> str:
    name = match.group(2)
    return "\n" if name is not None and name.lower() in BLOCK_TAGS else _JOIN


def _visible(source: str) -> str:
    """The joined pieces; without skipped elements one substitution does it (~3x faster)."""
    if _MAY_SKIP.search(source) or _JOIN in source:
        return "".join(_pieces(source))
    marked = _MARKUP.sub(_mark, source)
    if "&" in marked:  # unescaped as a whole: the marks keep each run's entities apart
        marked = unescape(marked)
    return marked.replace(_JOIN, "")


def html_to_text(html_text: str | None) -> str | None:
    """Visible text of HTML: one line per block, spaces collapsed, blank lines dropped."""
    if html_text is None:
        return None
    text = _visible(html_text)
    if _LINE in text:
        lines = (" ".join(line.split()) for line in text.split("\n"))
        return "\n".join(line for line in lines if line)
    # the same without a Python step per line: words joined by one space, each run of line
    # breaks (blank lines and the spaces around them) becomes one "\n"
    words = " ".join(text.replace("\n", _LINE).split())
    words = words.replace(" " + _LINE, _LINE).replace(_LINE + " ", _LINE)
    return _LINES.sub("\n", words.strip(_LINE))
