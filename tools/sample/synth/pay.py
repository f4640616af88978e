"""Base pay per role, level and place, and the ways postings state it (with look-alike traps)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tools.sample.synth.levels import PAY_FACTOR

if TYPE_CHECKING:
    import random

    from tools.sample.synth.locations import Place
    from tools.sample.synth.roles import RoleSpec


@dataclass(frozen=True)
class Pay:
    low: int | None  # None when only a ceiling is given ("up to $180k")
    high: int
    currency: str  # ISO 4217
    period: str  # year | hour
    fmt: str  # text format key (pay_text.FORMATS), "" when only structured
    structured: bool  # in pay_input_ranges
    ote: int = 0  # on-target earnings stated next to the base (a trap, not the salary)


def base_range(role: RoleSpec, level: str, title: str, place: Place) -> tuple[int, int, str]:
    """(low, high, period) in the place's currency, realistic for the role and level."""
    if level == "intern":
        low = round(role.pay_mid * 0.00025)
        return low, low + 10, "hour"
    if "(Contract)" in title:
        low = round(role.pay_mid / 2080 / 5) * 5
        return low, low + 20, "hour"
    center = role.pay_mid * PAY_FACTOR[level] * place.pay_factor
    spread = 0.14 if PAY_FACTOR[level] > 1.4 else 0.13
    step = 100_000 if place.currency == "INR" else 5_000
    low = round(center * (1 - spread) / step) * step
    high = round(center * (1 + spread) / step) * step
    return low, high, "year"


def text_formats(currency: str, period: str, city: str) -> tuple[str, ...]:
    """Text formats that fit a currency and period (keys of pay_text.FORMATS)."""
    if period == "hour":
        return ("hourly",)
    if currency == "USD":
        return ("dash", "dash", "k", "base_range", "base_range", "up_to", "usd_suffix", "colon")
    if currency == "EUR":
        return ("eur_dot",) if city == "Berlin" else ("eur_comma",)
    by_currency = {"GBP": ("gbp",), "CAD": ("cad",), "INR": ("inr_lakh", "inr_plain")}
    return by_currency[currency]


def choose_pay(
    role: RoleSpec, level: str, title: str, place: Place, rng: random.Random
) -> Pay | None:
    """Whether and how a posting states its pay; about a third of US postings are structured."""
    us = place.currency == "USD"
    if rng.random() >= role.disclose_p * (1.0 if us else 0.8):
        return None
    if not us and (level == "intern" or "(Contract)" in title):
        return None  # hourly pay is only stated in US postings here
    return make_pay(role, level, title, place, rng, structured_ok=us)


def make_pay(
    role: RoleSpec, level: str, title: str, place: Place, rng: random.Random, structured_ok: bool
) -> Pay:
    low, high, period = base_range(role, level, title, place)
    structured = structured_ok and role.profile != "fixed" and rng.random() < 0.62
    fmt = rng.choice(text_formats(place.currency, period, place.metro))
    if structured and fmt == "up_to":
        fmt = "dash"
    if structured and rng.random() < 0.8:
        fmt = ""  # structured only: the text says nothing about pay
    ote = 0
    if role.key in ("sales", "solarch") and place.currency == "USD" and period == "year":
        ote = high * 2 if role.key == "sales" else round(high / 0.7 / 5_000) * 5_000
        fmt, structured = "base_range", False
    return Pay(None if fmt == "up_to" else low, high, place.currency, period, fmt, structured, ote)


def raised(pay: Pay, rng: random.Random) -> Pay:
    """The same posting a week later with its range moved up (a salary change)."""
    bump = rng.choice((1.05, 1.08, 1.1))
    step = 1 if pay.period == "hour" else 5_000
    low = None if pay.low is None else round(pay.low * bump / step) * step
    high = round(pay.high * bump / step) * step
    return Pay(low, high, pay.currency, pay.period, pay.fmt, pay.structured, pay.ote)
