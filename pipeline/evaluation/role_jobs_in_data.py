"""Role from the title on jobs-in-data-2023, through a documented mapping to its 10 categories."""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache
from pathlib import Path

import yaml

from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure, ratio
from jobwatch.pipeline.role import classify_role
from jobwatch.pipeline.seniority import SENIOR, classify_seniority

DATASET = "jobs-in-data-2023"
MAPPING_FILE = Path(__file__).with_name("jobs_in_data_mapping.yaml")
NOTES = [
    "Gold: job_category, the dataset's bucket for each of its 125 job titles. Only the title is "
    "classified. A prediction is right when the predicted role maps to the gold category in "
    "pipeline/evaluation/jobs_in_data_mapping.yaml (a role may map to two categories where the "
    "dataset splits one function, e.g. researchers).",
    "Leadership and Management is the dataset's bucket for managers and leads of any data "
    "function; the project puts them in their function with seniority senior, so such a title is "
    "right when it gets any role and a senior level.",
    "Measured over distinct titles (each counted once) and over rows (the survey's 9,355 rows, "
    "duplicates included, so frequent titles weigh more). A title with no role is wrong.",
]


@cache
def mapping() -> tuple[dict[str, frozenset[str]], str]:
    data = yaml.safe_load(MAPPING_FILE.read_text(encoding="utf-8"))
    roles = {role: frozenset(cats) for role, cats in data["roles"].items()}
    return roles, data["leadership_category"]


def is_right(title: str, gold: str) -> tuple[bool, str | None]:
    """Whether the title's predicted role fits the gold category, and the predicted role id."""
    roles, leadership = mapping()
    role = classify_role(title).role_id
    if role is None:
        return False, None
    if gold in roles.get(role, frozenset()):
        return True, role
    senior = classify_seniority(title).level == SENIOR
    return gold == leadership and senior, role


def evaluate(data_dir: Path) -> DatasetResult:
    with (data_dir / DATASET / "jobs_in_data.csv").open(encoding="utf-8", newline="") as handle:
        counts = Counter((r["job_title"], r["job_category"]) for r in csv.DictReader(handle))
    right_titles = right_rows = 0
    misses: list[dict[str, object]] = []
    for (title, gold), rows in sorted(counts.items(), key=lambda item: -item[1]):
        ok, role = is_right(title, gold)
        right_titles += ok
        right_rows += rows * ok
        if not ok:
            misses.append({"title": title, "gold": gold, "got": role, "rows": rows})
    total = sum(counts.values())
    measures = [
        Measure(
            "role.distinct_titles",
            "distinct titles in the right category",
            ratio(right_titles, len(counts)),
            len(counts),
            "right titles / distinct titles",
        ),
        Measure(
            "role.rows",
            "rows in the right category",
            ratio(right_rows, total),
            total,
            "rows whose title is right / rows",
        ),
    ]
    return DatasetResult("role", DATASET, total, measures, NOTES, misses)
