"""Role: the project role the title names (or that a generic title's duties make its core)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.pipeline.evaluation.real_gold.rows import miss
from jobwatch.pipeline.evaluation.real_gold.spec import equal

if TYPE_CHECKING:
    from jobwatch.pipeline.evaluation.real_gold.rows import Row

SPECS = [
    equal(
        "gold.role",
        "role accuracy",
        "postings whose role equals the label (null = none of the project's roles) / postings",
        "role",
    ),
]


def misses(row: Row) -> list[dict[str, Any]]:
    want, got = row.labels["role"], row.posting["role"]
    return (
        []
        if want == got
        else [miss(row, "role", want, {"role": got, "evidence": row.posting["role_evidence"]})]
    )
