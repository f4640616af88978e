"""Currency conversion to USD from taxonomy/fx_rates.csv (dated reference rates)."""

from __future__ import annotations

from functools import cache

from jobwatch.pipeline.taxonomy import read_csv


@cache
def _rates() -> dict[str, tuple[float, str]]:
    return {r["currency"]: (float(r["usd_per_unit"]), r["as_of"]) for r in read_csv("fx_rates.csv")}


def usd_per_unit(currency: str | None) -> float | None:
    """USD value of one unit of an ISO 4217 currency; None when the currency is unknown."""
    found = _rates().get((currency or "").upper())
    return found[0] if found else None
