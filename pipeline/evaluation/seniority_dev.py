"""Seniority on LinkedIn postings outside the gold set, labelled by hand: a dev set's figure.

The labels (seniority_dev_labels.yaml) were written by the gold set's rules before jobwatch ran on
the postings, then each disagreement was read to find kinds of error; the rules added for them
were measured here. So the figure says how far those fixes reach on the rows they came from, not
how right jobwatch is: the gold set's test half says that.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from jobwatch.pipeline.evaluation.linkedin_text import (
    ARSHKON,
    BRIGHTDATA,
    normalized,
    read_rows,
    row_id,
)
from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure, ratio

LABELS = Path(__file__).with_name("seniority_dev_labels.yaml")
NOTES = [
    "Input: title, company, location and description through `jobwatch normalize`, as the gold "
    "set's LinkedIn rows (no level column is read).",
    "Labels: entry, mid, senior or null by the gold set's rules (real_gold/README.md), written "
    "before jobwatch ran on the postings, then used to find kinds of error: a dev set, not a test.",
]


@cache
def labels() -> dict[str, dict[str, str | None]]:
    """dataset -> posting id -> labelled level (None: no level). The file lists each dataset's
    ids under their level ("none": no level)."""
    data: dict[str, dict[str, list[str]]] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    out: dict[str, dict[str, str | None]] = {}
    for dataset, levels in data.items():
        listed = [
            (p, None if level == "none" else level) for level, ps in levels.items() for p in ps
        ]
        out[dataset] = dict(listed)
        if len(out[dataset]) != len(listed):
            raise ValueError(f"{LABELS.name}: a {dataset} posting is listed under two levels")
    return out


def _calls(data_dir: Path, dataset: str) -> list[tuple[str, str | None, str | None]]:
    """(id, label, jobwatch's level) of each labelled posting; a label whose id is not in the
    data is an error, not a skip."""
    wanted = labels()[dataset]
    rows = {row_id(dataset, row): row for row in read_rows(data_dir, dataset)}
    missing = sorted(set(wanted) - set(rows))
    if missing:
        raise LookupError(f"{dataset}: labelled ids not in the data: {', '.join(missing[:5])}")
    return [(i, level, normalized(dataset, rows[i])["seniority"]) for i, level in wanted.items()]


def _miss(dataset: str, posting_id: str, want: str | None, got: str | None) -> dict[str, Any]:
    return {"field": "seniority", "dataset": dataset, "id": posting_id, "want": want, "got": got}


def evaluate(data_dir: Path) -> DatasetResult:
    calls = {ds: _calls(data_dir, ds) for ds in (ARSHKON, BRIGHTDATA)}
    every = [c for found in calls.values() for c in found]
    right = sum(want == got for _, want, got in every)
    measure = Measure(
        "seniority_dev.accuracy",
        "seniority, hand-labelled postings outside the gold set (dev)",
        ratio(right, len(every)),
        len(every),
        "postings whose level (entry, mid, senior or null) equals the hand label / labelled "
        "postings; a dev set: its disagreements were read to write rules",
    )
    misses = [_miss(ds, *c) for ds, found in calls.items() for c in found if c[1] != c[2]]
    return DatasetResult("seniority", "seniority_dev", len(every), [measure], NOTES, misses)
