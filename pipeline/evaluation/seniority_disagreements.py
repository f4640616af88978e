"""The rows whose poster's level the posting's own title or text contradicts, listed by hand."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from jobwatch.pipeline.evaluation import linkedin_text

DISAGREEMENTS = Path(__file__).with_name("seniority_label_disagreements.yaml")
Labelled = list[tuple[dict[str, str], str]]
Calls = dict[str, list[str | None]]


@cache
def disagreements() -> dict[str, dict[str, dict[str, Any]]]:
    """dataset -> {id: the poster's level, the level the posting states, a quote}."""
    data = yaml.safe_load(DISAGREEMENTS.read_text(encoding="utf-8")) or {}
    return {str(name): {str(k): v for k, v in rows.items()} for name, rows in data.items()}


def unlisted(dataset: str, labelled: Labelled, calls: Calls) -> tuple[Labelled, Calls]:
    """The labelled rows and every rule's calls on them, the listed rows left out (for every
    rule alike: the baseline is measured on the same rows as jobwatch)."""
    listed = disagreements().get(dataset, {})
    keep = [linkedin_text.row_id(dataset, row) not in listed for row, _ in labelled]
    rows = [pair for pair, k in zip(labelled, keep, strict=True) if k]
    kept = {who: [c for c, k in zip(cs, keep, strict=True) if k] for who, cs in calls.items()}
    return rows, kept
