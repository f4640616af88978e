"""The one-pass description terms find what each role's regex finds (tables of traps and arbitrary
text), so a generic title ("Software Engineer") gets the same role from its description."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.role import _by_description, _by_description_reference, classify_role
from jobwatch.pipeline.role_terms import TermMatcher

LISTS = [
    ["ml platform", "ml", "platform", "c++", "few-shot"],
    ["ml", "model serving", "serving", "_x", "é"],
    [],
    ["platform team", "team"],
]
MATCHER = TermMatcher(LISTS)
PIECES = [
    "ml",
    "ML",
    "platform",
    " ",
    "  ",
    "-",
    "team",
    "c++",
    "c",
    "few-shot",
    "few",
    "shot",
    "model",
    "serving",
    "_",
    "x",
    "é",
    "aé",
    "html",
    "mlx",
    "\n",
    ",",
    ".",
    "(",
    "3",
    "İ",
    "ǅ",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


def _regex_finds(text: str) -> list[list[str]]:
    found = []
    for terms in LISTS:
        if not terms:
            found.append([])
            continue
        alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
        found.append([m.group(0) for m in pattern.finditer(text)])
    return found


@pytest.mark.parametrize(
    "text",
    [
        "ml platform team",
        "the ml-platform",
        "html mlx ml_ ml",
        "c++ and c++x",
        "few-shot, few shot",
        "model serving; serving models",
        "platform team platform",
        "é aé éa é",
        "_x x_x",
        "",
        "ml",
        "ml platformteam ml platform  team",
    ],
)
def test_terms_as_each_regex_finds_them(text) -> None:
    assert MATCHER.find(text) == _regex_finds(text)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_terms_agree_on_any_text(text) -> None:
    assert MATCHER.find(text) == _regex_finds(text)


def test_no_terms_at_all() -> None:
    assert TermMatcher([[], []]).find("anything") == [[], []]


ROLE_PIECES = [
    "prompt engineering",
    "few-shot",
    "evals",
    "mlops",
    "model serving",
    "kubeflow",
    "mlflow",
    "feature store",
    "ml platform",
    "neurips",
    "phd",
    "publications",
    "rag",
    "llm",
    "agents",
    "computer vision",
    "a",
    "the",
    " ",
    ", ",
    "-",
    "\n",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ROLE_PIECES), max_size=20).map(" ".join))
def test_role_from_description_agrees(text) -> None:
    assert _by_description(text) == _by_description_reference(text)


@pytest.mark.parametrize(
    ("description", "role_id"),
    [
        (
            "You will own model serving, MLflow and Kubeflow pipelines and our feature store.",
            "mlops_engineer",
        ),
        ("A PhD and publications at NeurIPS or ICML are expected.", "ml_research_scientist"),
        ("We sell shoes.", None),
    ],
)
def test_generic_title_gets_the_role_of_its_description(description, role_id) -> None:
    result = classify_role("Software Engineer", description)
    assert result.role_id == role_id
    assert (result.evidence or "description:").startswith("description:")
    assert result == (_by_description_reference(description.lower()) or result)
