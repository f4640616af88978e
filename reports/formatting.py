"""Number formatting for every rendering: money in $K, percentages, counts, suppressed values."""

from __future__ import annotations

from typing import Any

DASH = "—"


def money(value: float | None) -> str:
    """$148K style; a suppressed (None) figure shows as a dash."""
    if value is None:
        return DASH
    if abs(value) >= 1_000_000:
        return f"${value / 1_000_000:.2f}M"
    return f"${value / 1000:,.0f}K"


def pct(value: float | None) -> str:
    return DASH if value is None else f"{value:.0f}%"


def count(value: int | None) -> str:
    return DASH if value is None else f"{value:,}"


def salary_range(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return DASH
    return f"{money(low)}–{money(high)}"


def experience_mix(mix: dict[str, Any] | None) -> str:
    """'Senior 18%, Mid 71%, Entry 11%' (the seed pages' order)."""
    if not mix or all(mix.get(k) is None for k in ("senior", "mid", "entry")):
        return DASH
    return ", ".join(f"{k.title()} {pct(mix.get(k))}" for k in ("senior", "mid", "entry"))


def ranked(pairs: list[list[Any]] | None, limit: int = 5) -> str:
    """'Acme (12), Globex (9)' from [[name, count], ...]."""
    if not pairs:
        return DASH
    return ", ".join(f"{name} ({n})" for name, n in pairs[:limit])
