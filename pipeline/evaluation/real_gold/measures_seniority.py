"""Seniority: entry, mid, senior or none, as a reader places the job on a tech ladder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.pipeline.evaluation.real_gold.rows import miss
from jobwatch.pipeline.evaluation.real_gold.spec import equal

if TYPE_CHECKING:
    from jobwatch.pipeline.evaluation.real_gold.rows import Row

SPECS = [
    equal(
        "gold.seniority",
        "seniority accuracy",
        "postings whose level (entry, mid, senior or null) equals the label / postings",
        "seniority",
    ),
]


def misses(row: Row) -> list[dict[str, Any]]:
    want, got = row.labels["seniority"], row.posting["seniority"]
    evidence = row.posting["seniority_evidence"]
    return (
        [] if want == got else [miss(row, "seniority", want, {"level": got, "evidence": evidence})]
    )
