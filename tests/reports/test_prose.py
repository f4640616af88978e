"""Generated sentences: rank words follow ranks and shares; the rest follows the figures."""

from __future__ import annotations

import pytest

from jobwatch.reports import prose


@pytest.mark.parametrize(
    ("rank", "total", "share", "expected"),
    [
        (1, 13, 91.0, "the most numerous role we track"),
        (2, 13, 17.0, "among the most numerous roles we track"),
        (3, 13, 12.0, "among the most numerous roles we track"),
        # trap: the seed page called a 2% role "among the most numerous"
        (2, 13, 2.0, "one of the smaller roles we track"),
        (3, 13, 4.9, "one of the smaller roles we track"),
        (5, 13, 8.0, "a mid-sized role among those we track"),
        (10, 13, 6.0, "one of the smaller roles we track"),
        (13, 13, 1.0, "the least numerous role we track"),
        (2, 2, 40.0, "the least numerous role we track"),
        (1, 1, 100.0, "the only role tracked this week"),
        # trap: rank 1 of an empty week is not "the most numerous"
        (1, 5, 0.0, "one of the smaller roles we track"),
    ],
)
def test_size_words(rank: int, total: int, share: float, expected: str) -> None:
    assert prose.size_words(rank, total, share) == expected


def roles(*counts: int) -> list[dict]:
    return [{"role": f"R{i}", "open_positions": n} for i, n in enumerate(counts)]


@pytest.mark.parametrize(
    ("counts", "role", "rank"),
    [
        ((10, 5, 5, 1), "R0", 1),
        ((10, 5, 5, 1), "R1", 2),
        ((10, 5, 5, 1), "R2", 2),
        ((10, 5, 5, 1), "R3", 4),
        ((3, 3), "R1", 1),
    ],
)
def test_rank_of_is_a_competition_rank(counts: tuple[int, ...], role: str, rank: int) -> None:
    assert prose.rank_of(role, roles(*counts)) == rank


def salary(mean: float | None, median: float | None = None, p75: float | None = None) -> dict:
    return {"salary_mean": mean, "salary_median": median, "salary_p75": p75, "salary_n": 12}


@pytest.mark.parametrize(
    ("a", "b", "first"),
    [
        (
            salary(148_000, 120_000, 218_000),
            salary(249_000, 235_000, 300_000),
            "B commands a $101K higher average salary ceiling than A.",
        ),
        (
            salary(250_000, 1, 1),
            salary(200_000, 1, 1),
            "A commands a $50K higher average salary ceiling than B.",
        ),
        (
            salary(200_100, 1, 1),
            salary(200_000, 1, 1),
            "A and B have practically the same average salary ceiling.",
        ),
    ],
)
def test_salary_sentences_name_the_higher_payer(a: dict, b: dict, first: str) -> None:
    lines = prose.salary_sentences("A", a, "B", b)
    assert lines[0] == first
    assert "A sits at" in lines[1]
    assert "B comes in at" in lines[1]


def test_salary_sentences_are_withheld_when_a_figure_is_suppressed() -> None:
    assert prose.salary_sentences("A", salary(None), "B", salary(200_000, 1, 1)) == []


@pytest.mark.parametrize(
    ("shared", "overlap", "missing", "expected"),
    [
        (
            ["AWS", "OpenAI", "Python", "RAG", "Rust"],
            62.5,
            ["Kubernetes"],
            "With 5 overlapping skills (62% of top skills), transitioning between these roles is "
            "feasible with targeted upskilling. Moving to B means adding Kubernetes.",
        ),
        (
            ["SQL"],
            12.5,
            ["dbt", "Looker"],
            "With 1 overlapping skill (12% of top skills), a switch takes real retraining. "
            "Moving to B means adding dbt, Looker.",
        ),
        (
            [],
            0.0,
            ["Go"],
            "The two roles share none of their top skills: switching means learning a new stack.",
        ),
    ],
)
def test_switching_sentence(shared: list[str], overlap: float, missing: list[str], expected: str):
    assert prose.switching_sentence(shared, overlap, "B", missing) == expected


@pytest.mark.parametrize(
    ("a_pct", "b_pct", "verb"), [(29.0, 16.0, "differs"), (10.2, 9.8, "is the same")]
)
def test_remote_sentence_never_calls_equal_rounded_shares_different(a_pct, b_pct, verb) -> None:
    a = {"remote_pct": a_pct, "remote_n": 3, "open_positions": 10}
    b = {"remote_pct": b_pct, "remote_n": 1, "open_positions": 10}
    assert prose.remote_sentence("A", a, "B", b).startswith(f"Remote work availability {verb}")
