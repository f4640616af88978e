"""The LinkedIn datasets with description text, fed as a user feeds `jobwatch normalize`.

Only title, company, location and description go in: no salary columns, no remote flag, no
level. Measures on these datasets (the gold set's LinkedIn rows, and any measure against the
datasets' own labels) build their input here, so every one sees the same postings.
"""

from __future__ import annotations

import csv
import datetime as dt
from typing import TYPE_CHECKING, Any

from jobwatch.pipeline.record import normalize_with_issues

if TYPE_CHECKING:
    from pathlib import Path

ARSHKON = "linkedin-arshkon-2024-descriptions"
BRIGHTDATA = "linkedin-brightdata-sample-2024"
FILES = {ARSHKON: "postings_dev.csv", BRIGHTDATA: "jobs.csv"}
# dataset -> its columns for (id, title, company, location, description)
COLUMNS = {
    ARSHKON: ("job_id", "title", "company_name", "location", "description"),
    BRIGHTDATA: ("job_posting_id", "job_title", "company_name", "job_location", "job_summary"),
}
# When the row has no date of its own: the month the sample was scraped (for dated conversions).
DEFAULT_SEEN = {ARSHKON: "2024-04-01T00:00:00Z", BRIGHTDATA: "2024-06-01T00:00:00Z"}


def read_rows(data_dir: Path, dataset: str) -> list[dict[str, str]]:
    """Every row of the dataset's CSV, in file order, as the CSV gives it."""
    with (data_dir / dataset / FILES[dataset]).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def row_id(dataset: str, row: dict[str, str]) -> str:
    return row[COLUMNS[dataset][0]]


def raw_posting(dataset: str, row: dict[str, str]) -> dict[str, Any]:
    """The RawPosting dict a user would write for this row: the four text fields only."""
    key, title, company, location, description = COLUMNS[dataset]
    return {
        "source": "linkedin",
        "source_id": row[key],
        "title": row[title],
        "company": row[company] or None,
        "location_raw": row[location] or None,
        "description_text": row[description] or None,
        "fetched_at": _listed(row.get("original_listed_time")) or DEFAULT_SEEN[dataset],
    }


def _listed(epoch_ms: str | None) -> str | None:
    """arshkon's original_listed_time (epoch milliseconds) as ISO 8601 UTC."""
    try:
        seconds = float(epoch_ms or "") / 1000
    except ValueError:
        return None
    return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat().replace("+00:00", "Z")


def normalized(dataset: str, row: dict[str, str]) -> dict[str, Any]:
    """The normalized posting `jobwatch normalize` writes for this row."""
    return normalize_with_issues(raw_posting(dataset, row))[0]
