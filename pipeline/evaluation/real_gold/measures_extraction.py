"""Extraction: the postings the HN and ATS extractors find in the labelled comments and files."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.pipeline.evaluation.real_gold.rows import miss
from jobwatch.pipeline.evaluation.real_gold.spec import share

if TYPE_CHECKING:
    from jobwatch.pipeline.evaluation.real_gold.rows import Row

ROWS = "all"  # this module counts unmatched rows too (the others read matched rows only)
EXTRACTED = ("hn-whoishiring", "ats-api-fixtures")  # LinkedIn rows are given, not extracted

SPECS = [
    share(
        "gold.postings_found",
        "postings found (HN, ATS)",
        "labelled postings of HN comments and ATS files that the extractor found (HN: paired by "
        "title) / labelled postings",
        right=lambda row: row.got is not None,
        among=lambda row: row.dataset in EXTRACTED and row.want is not None,
    ),
    share(
        "gold.postings_not_extra",
        "extracted postings that are labelled (HN)",
        "postings the HN extractor made of the labelled comments that pair with a labelled "
        "posting / postings it made (the rest are extras: a role that is not one, a split role)",
        right=lambda row: row.want is not None,
        among=lambda row: row.dataset == "hn-whoishiring" and row.got is not None,
    ),
]


def misses(row: Row) -> list[dict[str, Any]]:
    if row.dataset not in EXTRACTED:
        return []
    if row.got is None:
        return [miss(row, "extraction", "a posting", "not found")]
    if row.want is None:
        return [miss(row, "extraction", "no posting", "extra")]
    return []
