"""The Aho-Corasick phrase matcher finds exactly the spans of the trie regex it replaced (tables of
traps and arbitrary text); the folded text behind it keeps offsets mappable."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.skills import extract_skills
from jobwatch.pipeline.text import fold, parse_datetime
from jobwatch.pipeline.textmatch import PhraseMatcher, compile_phrases, phrase_key

PHRASES = [
    "c",
    "r",
    "c++",
    "c#",
    ".net",
    "go",
    "ci/cd",
    "spark",
    "apache spark",
    "spark streaming",
    "fine-tuning",
    "machine learning",
    "ml",
    "node.js",
    "node",
    "phi",
    "sql",
    "kubernetes",
]
MATCHER, REFERENCE = PhraseMatcher(PHRASES), compile_phrases(PHRASES)
PIECES = [
    *PHRASES,
    "Fine  Tuning",
    "MACHINE\nlearning",
    "C-level",
    "R&D",
    "asp.net",
    "PHİ",
    "phı",
    "ſql",
    "SQLs",
    "K8s",
    "Spark",  # glued capitalized words: "SparkKubernetes", "sqlSpark", "GoStrong"
    "Strong",
    "Kubernetes",
    "Go",
    "Xy",
    "ToMeet",
    "5",
    "’",
    "–",
    "\xa0",
    "  ",
    " - ",
    "\t",
    ",",
    "(",
    ")",
    "/",
    "_",
    "é",
    "x",
    "İ",
    "2",
    " ",
]
PIECE_TEXT = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)
FAST = settings(max_examples=300, deadline=None)


def _reference_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in REFERENCE.finditer(text)]


@FAST
@given(PIECE_TEXT)
def test_phrase_matcher_finds_the_reference_regex_spans(text) -> None:
    found = MATCHER.find(text)
    assert [(start, end) for start, end, _ in found] == _reference_spans(text)
    assert all(key in {phrase_key(p) for p in PHRASES} for _, _, key in found)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Fine  -\n tuning of ML", [("Fine  -\n tuning", "fine tuning"), ("ML", "ml")]),
        ("Apache Spark Streaming", [("Apache Spark", "apache spark")]),  # leftmost, then longest
        ("C/C++ and C#", [("C", "c"), ("C++", "c++"), ("C#", "c#")]),
        ("asp.net, Node.js", [("Node.js", "node.js")]),  # ".net" inside a word is not a match
        ("C-level execs", [("C", "c")]),  # whole-word match; skills.py rejects it by context
        ("PHİ-3 and phı", [("PHİ", "phi"), ("phı", "phi")]),  # re.IGNORECASE's Turkish i's
        ("sparkling, ſql", [("ſql", "sql")]),
        # a lost line break glues a capitalized word on: still a boundary
        ("SparkExcellent; AnsibleKubernetes", [("Spark", "spark"), ("Kubernetes", "kubernetes")]),
        ("Sparkling, SQLServer, sparkExcel", [("spark", "spark")]),  # traps: no capital word
        ("K8sGO, sqlC", []),  # an acronym or a letter glued on is part of the word
        ("GoToMeeting", []),  # a CamelCase name: the word after "Go" goes on
    ],
)
def test_phrase_matcher_table(text, spans) -> None:
    assert [(text[s:e], key) for s, e, key in MATCHER.find(text)] == spans


@pytest.mark.parametrize(
    ("text", "folded", "marks", "shifts"),
    [
        ("Fine-Tuning", "fine tuning", [], []),
        ("a  -\n b c\t\td", "a b c d", [1, 5], [4, 5]),
        ("İx", "ix", [], []),  # "İ".lower() is two characters: offsets must not move
    ],
)
def test_fold_keeps_offsets_mappable(text, folded, marks, shifts) -> None:
    assert fold(text) == (folded, marks, shifts)


def test_extract_skills_on_turkish_capitals_does_not_crash() -> None:
    # The regex matched "PHİ" case-insensitively, then looked up its key "phi̇" and raised.
    hits = extract_skills("Veri Bilimci", "PHİ-3 ve PYTHON, SQL ile çalışma")
    assert {h.name for h in hits} >= {"Python", "SQL"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("²", None),  # str.isdigit() is true for "²", float() refuses it
        ("١٢", dt.datetime(1970, 1, 1, 0, 0, 12, tzinfo=dt.UTC)),  # Arabic-Indic 12: epoch seconds
        ("1700000000000", dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)),  # milliseconds
        ("99999999999999999999999", None),
    ],
)
def test_parse_datetime_digits(value, expected) -> None:
    assert parse_datetime(value) == expected
