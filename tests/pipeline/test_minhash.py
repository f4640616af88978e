"""The vectorized MinHash equals its plain-Python definition, is stable across processes, and
estimates the Jaccard similarity that the 0.9 merge threshold is read against."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings

from jobwatch.pipeline.dedup import text_minhash as minhash
from jobwatch.pipeline.minhash import minhash_reference, similarity
from jobwatch.warehouse.clusters import THRESHOLD
from tests.pipeline.text_strategies import filler_words, trap_text

ROOT = Path(__file__).resolve().parents[2]
WORDS = filler_words(40)
TEXT = trap_text(12, 80)

CASES = [
    ("plain ASCII", WORDS),
    ("figures and markup split words", WORDS + " <b>$150,000</b> 401(k) x2y"),
    ("non-ASCII letters are letters", "café naïve Zürich 東京 オフィス ünd ä"),
    ("a lone letter is a word", "a b c"),
    ("İ lower-cases to i and a combining dot", "İstanbul İİ ΟΔΟΣ ΟΔΟΣΑ Σ"),
    ("lone surrogates hash, not crash", "\ud800ab cd\udfff ef gh"),
    ("a word longer than 8 bytes", "internationalization " * 3 + "responsibilities"),
    ("one shingle fills every bin by densification", "ab cd ef"),
    ("a long text", WORDS * 60),
]


@pytest.mark.parametrize(("label", "text"), CASES, ids=[c[0] for c in CASES])
def test_fast_minhash_is_the_definition(label: str, text: str) -> None:
    fast, slow = minhash(text), minhash_reference(text)
    assert fast is not None
    assert slow is not None
    assert fast.dtype == np.uint32
    assert fast.shape == (64,)
    assert fast.tolist() == slow.tolist(), label


@pytest.mark.parametrize("text", [None, "", "two words", "x1 y2", "$150,000 — 401(k)"])
def test_under_three_words_there_is_no_signature(text: str | None) -> None:
    assert minhash(text) is None
    assert minhash_reference(text) is None


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_fast_minhash_matches_the_definition_on_any_text(text: str) -> None:
    fast, slow = minhash(text), minhash_reference(text)
    assert (fast is None) == (slow is None)
    assert fast is None or slow is None or fast.tolist() == slow.tolist()


def test_signatures_are_the_same_in_another_process() -> None:
    code = "import json,sys; from jobwatch.pipeline.dedup import text_minhash; print(json.dumps(text_minhash(sys.argv[1]).tolist()))"  # noqa: E501
    env = os.environ | {"PYTHONHASHSEED": "12345"}
    text = WORDS + " café Zürich"
    out = subprocess.run(
        [sys.executable, "-c", code, text],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout) == minhash(text).tolist()


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def test_estimates_jaccard_without_bias() -> None:
    rng = random.Random(11)
    vocabulary = [
        "".join(rng.choice("abcdefghijklmnop") for _ in range(rng.randint(2, 9)))
        for _ in range(300)
    ]
    errors = []
    for _ in range(200):
        base = [rng.choice(vocabulary) for _ in range(300)]
        other = list(base)
        for i in rng.sample(range(300), rng.randint(0, 300)):
            other[i] = rng.choice(vocabulary)
        a, b = _shingles(base), _shingles(other)
        truth = len(a & b) / len(a | b)
        errors.append(similarity(minhash(" ".join(base)), minhash(" ".join(other))) - truth)
    assert abs(float(np.mean(errors))) < 0.01  # unbiased
    assert float(np.std(errors)) < 0.0625  # no worse than 64 independent permutations


_JOB_WORDS = [
    "model",
    "data",
    "team",
    "ship",
    "rank",
    "search",
    "eval",
    "infra",
    "latency",
    "users",
    "train",
    "serve",
    "python",
    "review",
    "owner",
    "metrics",
    "forecast",
    "warehouse",
    "planning",
    "finance",
    "inventory",
    "pipeline",
    "feature",
]


def _job_text(seed: int, words: int = 260) -> str:
    """A job-specific part of a description: the same seed gives the same text."""
    rng = random.Random(seed)
    return " ".join(rng.choice(_JOB_WORDS) for _ in range(words)) + ". "


BOILERPLATE = (
    "About Example Labs: we build tools people love. Benefits: health, dental and vision cover, "
    "a learning budget, parental leave and flexible hours. Example Labs is an equal opportunity "
    "employer and welcomes applicants of every background, including people returning to work "
    "after a break, veterans, and people with disabilities; ask us for any adjustment you need."
)
JOB_A, JOB_B = _job_text(1), _job_text(2)


@pytest.mark.parametrize(
    ("label", "a", "b", "same_job"),
    [
        (
            "board copy: case, line breaks, bullets, figures",
            JOB_A + BOILERPLATE,
            (JOB_A + BOILERPLATE).upper().replace(". ", ".\n• ") + " $185,000",
            True,
        ),
        (
            "repost with a sentence added",
            JOB_A + BOILERPLATE,
            JOB_A + BOILERPLATE + " Apply by Friday.",
            True,
        ),
        (
            "two jobs sharing the company boilerplate",
            JOB_A + BOILERPLATE,
            JOB_B + BOILERPLATE,
            False,
        ),
        (
            "one template, another team paragraph",
            _job_text(1, 200) + _job_text(3, 60) + BOILERPLATE,
            _job_text(1, 200) + _job_text(4, 60) + BOILERPLATE,
            False,
        ),
        ("unrelated short texts", "we grow tomatoes", "senior data engineer", False),
    ],
)
def test_threshold_separates_copies_from_distinct_jobs(label, a, b, same_job) -> None:
    assert (similarity(minhash(a), minhash(b)) >= THRESHOLD) is same_job, label
