"""The gold set: real postings labelled by hand (README.md here), scored field by field.

The texts are read from the eval data folder (FOLDERS); each measure module (MEASURES) turns the
rows into figures on the whole set and on its test half, and lists its misses on the dev half.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from jobwatch.pipeline.evaluation.measures import DatasetResult
from jobwatch.pipeline.evaluation.real_gold import ats, hn, linkedin
from jobwatch.pipeline.evaluation.real_gold.rows import DEV, Row
from jobwatch.pipeline.evaluation.real_gold.spec import score

if TYPE_CHECKING:
    from pathlib import Path

FOLDERS = (*linkedin.DATASETS, ats.DATASET, hn.DATASET)
# Modules beside this file, each with SPECS (list of Spec) and misses(row) -> list of dicts;
# ROWS = "all" when it counts unmatched rows too (the others see rows with a label and a posting).
MEASURES = (
    "measures_extraction",
    "measures_role",
    "measures_seniority",
    "measures_salary",
    "measures_places",
    "measures_skills",
)
NOTES = [
    "Gold: real postings labelled by hand from written rules before any classifier ran on them "
    "(pipeline/evaluation/real_gold/README.md); texts read from --data.",
    "Input as a user gives it: LinkedIn rows as title, company, location and description through "
    "`jobwatch normalize` (no salary columns, no remote flag, no level); ATS fixture files through "
    "the platform's extractor; HN comments through the HN extractor, postings paired to the "
    "labelled ones by title (field measures count paired postings only).",
    "Each dataset is split by sha1(dataset:id) into a dev half (0) and a test half (1): 'test' is "
    "the figure on the test half; --misses lists dev-half misses only (rules are tuned on dev).",
]


def gold_rows(data_dir: Path) -> list[Row]:
    rows = [row for dataset in linkedin.DATASETS for row in linkedin.rows(data_dir, dataset)]
    return rows + ats.rows(data_dir) + hn.rows(data_dir)


def evaluate(data_dir: Path) -> DatasetResult:
    rows = gold_rows(data_dir)
    matched = [row for row in rows if row.matched]
    measures, misses = [], []
    for name in MEASURES:
        module = importlib.import_module(f"{__name__}.{name}")
        counted = rows if getattr(module, "ROWS", "matched") == "all" else matched
        measures += [score(spec, counted) for spec in module.SPECS]
        misses += [m for row in counted if row.half == DEV for m in module.misses(row)]
    notes = [*NOTES, _sizes(rows)]
    labelled = sum(row.want is not None for row in rows)
    return DatasetResult("gold", "the gold set (real postings)", labelled, measures, notes, misses)


def _sizes(rows: list[Row]) -> str:
    counts: dict[str, list[int]] = {}
    for row in rows:
        labelled, found = counts.setdefault(row.dataset, [0, 0])
        counts[row.dataset] = [labelled + (row.want is not None), found + row.matched]
    parts = [f"{name} {n} ({found} paired)" for name, (n, found) in counts.items()]
    return "Labelled postings: " + ", ".join(parts) + "."
