"""Gold rows of the two LinkedIn datasets: each labelled row normalized as a user feeds it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobwatch.pipeline.evaluation import linkedin_text
from jobwatch.pipeline.evaluation.real_gold.rows import Row, load_labels

if TYPE_CHECKING:
    from pathlib import Path

DATASETS = (linkedin_text.ARSHKON, linkedin_text.BRIGHTDATA)


def rows(data_dir: Path, dataset: str) -> list[Row]:
    """One row per label line; a label whose id is not in the data is an error, not a skip."""
    by_id = {
        linkedin_text.row_id(dataset, row): row
        for row in linkedin_text.read_rows(data_dir, dataset)
    }
    out = []
    for label in load_labels(dataset):
        source = by_id.get(label["id"])
        if source is None:
            raise LookupError(f"{dataset}: labelled id {label['id']} is not in the data")
        got = linkedin_text.normalized(dataset, source)
        out.append(Row(dataset, label["id"], label["title"], label["labels"], got))
    return out
