"""Gold rows of ats-api-fixtures: each file through the project's extractor for its platform.

A label's id is `<folder>/<file>#<posting id>`; the file's postings are matched to the labels by
the platform's posting id, then normalized. A SmartRecruiters posting is its list entry
(`smartrecruiters_page*.json`) with its detail body, as the spider fetches them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract import smartrecruiters
from jobwatch.crawlers.extraction import extractor as page_extractor
from jobwatch.pipeline.evaluation.real_gold.rows import Row, load_labels
from jobwatch.pipeline.record import normalize_with_issues

if TYPE_CHECKING:
    from pathlib import Path

DATASET = "ats-api-fixtures"
FETCHED_AT = "2026-01-15T00:00:00Z"  # the fixtures were captured in 2026 (SOURCE.md)
DETAIL = "smartrecruiters_detail"


def _page(path: Path) -> dict[str, str]:
    """Where a fixture file came from, as a crawl would stamp it."""
    return {
        "board": path.parent.name,
        "url": path.resolve().as_uri(),
        "fetched_at": FETCHED_AT,
        "crawl_id": "eval",
    }


def _smartrecruiters(path: Path, ids: set[str]) -> list[dict[str, Any]]:
    """The detail file joined to its list entry: the detail body does not carry its own id, so
    the labelled id names the entry (in the list pages beside it) the detail belongs to."""
    items = []
    for listing in sorted(path.parent.glob("smartrecruiters_page*.json")):
        page = smartrecruiters.extract_list_page(listing.read_bytes(), **_page(listing), offset=0)
        for summary in page.postings:
            if str(summary["id"]) in ids:
                detail = smartrecruiters.extract_posting(summary, path.read_bytes(), **_page(path))
                items += detail.items
    return items


def extract(path: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    """posting id -> the RawPosting dict the platform's extractor makes of it, for one file."""
    if path.stem == DETAIL:
        items = _smartrecruiters(path, ids)
    else:
        extractor = page_extractor(path.stem)
        items = extractor(path.read_bytes(), **_page(path)).items
    return {item["source_id"]: item for item in items}


def rows(data_dir: Path) -> list[Row]:
    labels_by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label in load_labels(DATASET):
        labels_by_file[label["id"].partition("#")[0]].append(label)
    out = []
    for name, labels in labels_by_file.items():
        ids = {label["id"].partition("#")[2] for label in labels}
        found = extract(data_dir / DATASET / name, ids)
        for label in labels:
            raw = found.get(label["id"].partition("#")[2])
            got = normalize_with_issues(raw)[0] if raw else None
            out.append(Row(DATASET, label["id"], label["title"], label["labels"], got))
    return out
