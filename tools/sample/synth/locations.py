"""Greenhouse location strings as companies write them, with what the generator needs to know."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    name: str  # location.name exactly as it appears on the board
    mode: str  # remote | hybrid | onsite (the truth the location parser should find)
    metro: str  # "" for a remote posting with no place
    office: str  # the Greenhouse office the posting hangs off
    currency: str  # the currency its pay is quoted in
    pay_factor: float  # base pay relative to an SF/NY hire, in that currency


_US = "USD"

PLACES: dict[str, Place] = {
    p.name: p
    for p in (
        Place("San Francisco, CA", "onsite", "San Francisco", "San Francisco", _US, 1.0),
        Place("New York, NY", "onsite", "New York", "New York", _US, 1.0),
        Place("Seattle, WA", "onsite", "Seattle", "Seattle", _US, 0.96),
        Place("Austin, TX", "onsite", "Austin", "Austin", _US, 0.88),
        Place("Boston, MA", "onsite", "Boston", "Boston", _US, 0.95),
        Place("Los Angeles, CA", "onsite", "Los Angeles", "Los Angeles", _US, 0.95),
        Place(
            "San Francisco, CA; New York, NY", "onsite", "San Francisco", "San Francisco", _US, 1.0
        ),
        Place("Hybrid - New York, NY", "hybrid", "New York", "New York", _US, 1.0),
        Place("Hybrid - San Francisco, CA", "hybrid", "San Francisco", "San Francisco", _US, 1.0),
        Place("Seattle, WA (Hybrid)", "hybrid", "Seattle", "Seattle", _US, 0.96),
        Place("Remote - US", "remote", "", "Remote - US", _US, 0.92),
        Place("Remote (US or Canada)", "remote", "", "Remote - North America", _US, 0.92),
        Place("Remote - EMEA", "remote", "", "Remote - EMEA", "EUR", 0.42),
        Place("London, UK", "onsite", "London", "London", "GBP", 0.4),
        Place("London, UK (Hybrid)", "hybrid", "London", "London", "GBP", 0.4),
        Place("Berlin, Germany", "onsite", "Berlin", "Berlin", "EUR", 0.46),
        Place("Paris, France", "onsite", "Paris", "Paris", "EUR", 0.42),
        Place("Toronto, ON", "onsite", "Toronto", "Toronto", "CAD", 0.85),
        Place("Bengaluru, India", "onsite", "Bengaluru", "Bengaluru", "INR", 17.0),
    )
}

# Greenhouse offices carry a free-text location of their own (often null).
OFFICE_LOCATIONS: dict[str, str | None] = {
    "San Francisco": "San Francisco, California, United States",
    "New York": "New York, New York, United States",
    "Seattle": "Seattle, Washington, United States",
    "Austin": "Austin, Texas, United States",
    "Boston": "Boston, Massachusetts, United States",
    "Los Angeles": "Los Angeles, California, United States",
    "London": "London, England, United Kingdom",
    "Berlin": "Berlin, Germany",
    "Paris": "Paris, France",
    "Toronto": "Toronto, Ontario, Canada",
    "Bengaluru": "Bengaluru, Karnataka, India",
}
