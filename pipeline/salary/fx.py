"""USD per unit of a currency in a posting's week: the ECB's dated reference rates, as shipped
by currencyconverter (its release fixes the rates, so upgrading it is a taxonomy VERSION bump)."""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache

from currency_converter import CurrencyConverter

# A currency the ECB stopped publishing (RUB since March 2022) has no rate for later weeks.
_STALE_AFTER = dt.timedelta(days=31)


@cache
def converter() -> CurrencyConverter:
    # Weekends and holidays take the nearest published days' rate; weeks after the shipped data
    # ends take its last rate (the package lags the ECB by its release cycle).
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def week_start(day: dt.date | None) -> dt.date:
    """The Monday of `day`'s ISO week; the last day with rates when `day` is unknown."""
    if day is None:
        last: dt.date = converter().bounds["USD"].last_date
        return last
    return day - dt.timedelta(days=day.weekday())


@lru_cache(maxsize=8192)
def usd_per_unit(currency: str | None, monday: dt.date) -> float | None:
    """USD value of one unit of `currency` on the Monday of a week; None when the ECB publishes
    no rate for it then (EGP, SAR, AED, ...: the caller keeps the figures without USD)."""
    if currency == "USD":
        return 1.0
    rates = converter()
    if currency not in rates.currencies:
        return None
    last = min(rates.bounds[currency].last_date, rates.bounds["USD"].last_date)
    if monday > last and rates.bounds["USD"].last_date - last > _STALE_AFTER:
        return None  # discontinued: its last rate says nothing about this week
    return float(rates.convert(1.0, currency, "USD", date=monday))
