"""linkedin-arshkon-2023-titles: the labelled titles and how jobwatch reads each one."""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, NamedTuple

from jobwatch.pipeline.occupation import occupation_of
from jobwatch.pipeline.role import classify_role
from jobwatch.pipeline.seniority import classify_seniority

if TYPE_CHECKING:
    from pathlib import Path

DATASET = "linkedin-arshkon-2023-titles"
COMPUTER_AND_MATH = "15"  # SOC major group 15-0000, Computer and Mathematical Occupations


def is_tech_title(title: str) -> bool:
    """A computer/mathematical occupation (O*NET SOC 15) or one of the project's AI/data roles."""
    found = occupation_of(title)
    if found is not None and found.info.major == COMPUTER_AND_MATH:
        return True
    return classify_role(title).role_id is not None


def labeled_titles(data_dir: Path) -> list[tuple[str, str]]:
    """(title, gold level) for every posting with a level."""
    with (data_dir / DATASET / "job_postings.csv").open(encoding="utf-8", newline="") as handle:
        return [
            (row["title"], row["formatted_experience_level"].strip())
            for row in csv.DictReader(handle)
            if row["formatted_experience_level"].strip()
        ]


class TitleReading(NamedTuple):
    level: str | None
    kind: str  # what the evidence was: "title", "O*NET job zone 2", "none"
    word: str | None  # the title's level word, lower case ("senior", "junior")
    tech: bool
    occupation: str | None  # the O*NET title words the title names


def _read(title: str) -> TitleReading:
    result = classify_seniority(title)
    kind, _, said = (result.evidence or "none").partition(":")
    word = said.strip(" '").lower() if kind == "title" else None
    found = occupation_of(title)
    return TitleReading(
        result.level, kind, word, is_tech_title(title), found.title if found else None
    )


def read_titles(rows: list[tuple[str, str]]) -> dict[str, TitleReading]:
    """One reading per distinct title (titles repeat across postings)."""
    out: dict[str, TitleReading] = {}
    for title, _ in rows:
        if title not in out:
            out[title] = _read(title)
    return out
