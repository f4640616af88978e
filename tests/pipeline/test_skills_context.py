"""The skill context rules ask only about weak hits whose neighbours changed, and keep exactly
what their definition keeps (_resolve vs _resolve_reference)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.skills import _resolve, _resolve_reference
from jobwatch.pipeline.skills import _taxonomy as _skills_taxonomy

FAST = settings(max_examples=300, deadline=None)


def _hits(text: str) -> list:
    taxonomy = _skills_taxonomy()
    return [(s, e, *taxonomy.entries[k]) for s, e, k in taxonomy.matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("\nPython, Go, Rust and R", {"python", "go", "rust", "r"}),  # a chain of neighbours
        ("\nR, Go, Rust, Python", {"python", "go", "rust", "r"}),  # leaning right, then left
        ("\nWe go ahead and excel at R&D", set()),
        ("\nExperience with Go. Excel skills.", {"go", "excel"}),
        ("\nRAG pipelines on Ray and Spark", {"rag", "ray", "spark"}),
        ("\ngo go go", set()),
        ("\n", set()),
    ],
)
def test_context_rules_agree_with_their_definition(text: str, kept: set[str]) -> None:
    hits = _hits(text)
    assert _resolve(text, hits) == _resolve_reference(text, hits)
    assert {hit[2] for hit in _resolve(text, hits)} == kept


SKILL_WORDS = [
    "Python",
    "Go",
    "go",
    "R",
    "r",
    "C",
    "Rust",
    "Excel",
    "excel",
    "Ray",
    "RAG",
    "Spark",
    "spark",
    "JAX",
    "Make",
    "Node",
    "with",
    "using",
    "such as",
    "and",
    ",",
    "/",
    "(",
    ")",
    "&",
    "-",
    "D",
    "programming",
    "ahead",
    "in",
    "Scala",
    "\n",
    ".",
    "Java",
]


@FAST
@given(st.lists(st.sampled_from(SKILL_WORDS), max_size=30).map(" ".join))
def test_context_rules_agree_on_any_text(text: str) -> None:
    hits = _hits("\n" + text)
    assert _resolve("\n" + text, hits) == _resolve_reference("\n" + text, hits)
