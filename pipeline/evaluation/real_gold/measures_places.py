"""Place and work mode: remote/hybrid/onsite/unknown, country, metro."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.pipeline.evaluation.real_gold.rows import miss
from jobwatch.pipeline.evaluation.real_gold.spec import equal, share
from jobwatch.pipeline.gazetteer import metro_city

if TYPE_CHECKING:
    from jobwatch.pipeline.evaluation.real_gold.rows import Row

FIELDS = ("work_mode", "country", "metro")


def _remote(values: dict[str, Any]) -> bool:
    return bool(values["work_mode"] == "remote")


def _metro(posting: dict[str, Any]) -> str | None:
    """The GeoNames name of the metro's core city, as labels name metros ("Arlington, VA", the
    display name that tells it from Arlington, TX, is the city "Arlington")."""
    return metro_city(posting["metro"]) if posting["metro"] else None


def _got(row: Row, field: str) -> Any:
    return _metro(row.posting) if field == "metro" else row.posting[field]


SPECS = [
    equal(
        "gold.work_mode",
        "work mode accuracy",
        "postings whose work mode (remote, hybrid, onsite, unknown) equals the label / postings",
        "work_mode",
    ),
    share(
        "gold.remote_precision",
        "remote precision",
        "postings classified remote that are labelled remote / postings classified remote",
        lambda row: _remote(row.labels),
        among=lambda row: _remote(row.posting),
    ),
    share(
        "gold.remote_recall",
        "remote recall",
        "postings labelled remote that are classified remote / postings labelled remote",
        lambda row: _remote(row.posting),
        among=lambda row: _remote(row.labels),
    ),
    equal(
        "gold.country",
        "country accuracy",
        "postings whose ISO country equals the label (null where the label has no country) / "
        "postings",
        "country",
    ),
    share(
        "gold.metro",
        "metro accuracy",
        "postings whose metro equals the label (GeoNames name of the metro's core city; null "
        "where the label has none) / postings",
        lambda row: _metro(row.posting) == row.labels["metro"],
    ),
    share(
        "gold.metro_given",
        "metro given, city in a metro",
        "postings given any metro / postings whose labelled city lies in a metro",
        lambda row: row.posting["metro"] is not None,
        among=lambda row: row.labels["metro"] is not None,
    ),
]


def misses(row: Row) -> list[dict[str, Any]]:
    wrong = [f for f in FIELDS if _got(row, f) != row.labels[f]]
    context = {"location": row.posting["location_raw"]}
    return [miss(row, field, row.labels[field], row.posting[field]) | context for field in wrong]
