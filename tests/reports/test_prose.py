"""Generated sentences: rank words follow ranks and shares; the rest follows the figures."""

from __future__ import annotations

import pytest

from jobwatch.reports import prose
from jobwatch.reports.formatting import money


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
            "The mean salary ceiling of B is $101K above that of A.",
        ),
        (
            salary(250_000, 1, 1),
            salary(200_000, 1, 1),
            "The mean salary ceiling of A is $50K above that of B.",
        ),
        (
            salary(200_100, 1, 1),
            salary(200_000, 1, 1),
            "The mean salary ceilings of A and B round to the same figure.",
        ),
    ],
)
def test_salary_sentences_name_the_higher_mean(a: dict, b: dict, first: str) -> None:
    lines = prose.salary_sentences("A", a, "B", b)
    assert lines[0] == first
    assert lines[1].startswith(
        f"Medians: {money(a['salary_median'])} for A, {money(b['salary_median'])} for B"
    )
    assert lines[2] == "Pay figures come from the 12 A and 12 B postings that state a salary."


def test_salary_sentences_are_withheld_when_a_figure_is_suppressed() -> None:
    assert prose.salary_sentences("A", salary(None), "B", salary(200_000, 1, 1)) == []


def test_remote_sentence_gives_counts_and_keeps_hybrid_out() -> None:
    a = {"remote_pct": 30.0, "remote_n": 3, "open_positions": 10}
    b = {"remote_pct": 10.0, "remote_n": 1, "open_positions": 10}
    assert prose.remote_sentence("A", a, "B", b) == (
        "Fully remote: 3 of 10 A positions (30%) and 1 of 10 B positions (10%); hybrid "
        "positions count as not remote."
    )


@pytest.mark.parametrize(
    ("metros", "remote_n", "expected"),
    [
        (
            [["New York", 5], ["Austin", 2], ["Boston", 1], ["Denver", 1]],
            3,
            "Where A is hiring most: New York (5), Austin (2), Boston (1); 3 are fully remote.",
        ),
        ([["London", 2]], 0, "Where A is hiring most: London (2)."),
        # trap: remote work is never listed as a place
        ([], 4, "No A posting names a metro this week; 4 are fully remote."),
    ],
)
def test_metros_sentence_keeps_remote_apart(metros, remote_n: int, expected: str) -> None:
    assert prose.metros_sentence("A", {"top_metros": metros, "remote_n": remote_n}) == expected


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (
            [["Staff ML Engineer", 4], ["Principal ML Engineer", 2]],
            "Among the 40 open A positions, the most frequent title beyond senior is Staff ML "
            "Engineer (4 postings); titles carried by fewer than 2 postings are not listed.",
        ),
        (
            [],
            "No title naming a level beyond senior (staff, principal, lead, head, director, VP) "
            "is carried by at least 2 of the 40 open A positions.",
        ),
    ],
)
def test_titles_sentence_states_the_minimum_n(titles: list, expected: str) -> None:
    role = {"senior_titles": titles, "open_positions": 40}
    assert prose.titles_sentence("A", role, 2) == expected
