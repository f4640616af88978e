"""Skills: the named technologies a posting names (micro precision and recall over pairs)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from jobwatch.pipeline.evaluation.real_gold.rows import miss
from jobwatch.pipeline.evaluation.real_gold.spec import Count, Spec
from jobwatch.pipeline.taxonomy import skill_rows
from jobwatch.pipeline.textmatch import phrase_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from jobwatch.pipeline.evaluation.real_gold.rows import Row


@cache
def _taxonomy() -> tuple[dict[str, str], frozenset[str]]:
    """(name or alias key -> skill name, names of the skills that are named technologies: the
    `named` column of pipeline/taxonomy/skills.csv)."""
    names, named = {}, set()
    for row in skill_rows():
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            names[phrase_key(alias.removeprefix("~"))] = row["name"]
        if row["named"] == "1":
            named.add(row["name"])
    return names, frozenset(named)


def labelled(row: Row) -> set[str]:
    """The label's skills by their taxonomy name; a taxonomy skill that is not a named
    technology leaves the measure, a technology the taxonomy lacks stays (it can only be missed)."""
    names, named = _taxonomy()
    out = set()
    for skill in row.labels["skills"]:
        name = names.get(phrase_key(skill))
        if name is None or name in named:
            out.add(name or skill)
    return out


def found(row: Row) -> set[str]:
    """jobwatch's skills that are named technologies."""
    return set(row.posting["skills"]) & _taxonomy()[1]


def listed_pairs(rows: Sequence[Row]) -> Count:
    """Labelled pairs whose technology the taxonomy lists, over labelled pairs."""
    names = set(_taxonomy()[0].values())
    return sum(len(labelled(row) & names) for row in rows), sum(len(labelled(row)) for row in rows)


def pairs(rows: Sequence[Row], denominator: Any) -> Count:
    hits = sum(len(labelled(row) & found(row)) for row in rows)
    return hits, sum(len(denominator(row)) for row in rows)


SPECS = [
    Spec(
        "gold.skills_precision",
        "skills precision, named technologies",
        "(posting, technology) pairs jobwatch found that the label names / pairs it found; "
        "named technologies only (the `named` column of pipeline/taxonomy/skills.csv)",
        lambda rows: pairs(rows, found),
    ),
    Spec(
        "gold.skills_recall",
        "skills recall, named technologies",
        "(posting, technology) pairs the label names that jobwatch found / labelled pairs",
        lambda rows: pairs(rows, labelled),
    ),
    Spec(
        "gold.skills_listed",
        "skills recall ceiling: labelled technologies the taxonomy lists",
        "labelled (posting, technology) pairs whose technology has a name or spelling in "
        "pipeline/taxonomy / labelled pairs: the recall a perfect matcher reaches (figure)",
        listed_pairs,
    ),
]


def misses(row: Row) -> list[dict[str, Any]]:
    want, got = labelled(row), found(row)
    if want == got:
        return []
    return [miss(row, "skills", {"missed": sorted(want - got)}, {"extra": sorted(got - want)})]
