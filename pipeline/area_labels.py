"""How postings name a city other than plainly: LinkedIn area labels, nicknames, "City of X"."""

from __future__ import annotations

import re

# "Greater Boston", "Austin, Texas Metropolitan Area", "San Francisco Bay Area", "Dallas-Fort
# Worth Metroplex", "Greater New Orleans Region", "NYC Metro"
_AREA_SUFFIX = re.compile(
    r"\s+(?:(?:(?:metropolitan|metro|bay|capital)\s+)?(?:area|region|metroplex)|metro)$", re.I
)
_GREATER = re.compile(r"^greater\s+", re.I)
_HYPHEN = re.compile(r"\s*[-–—]\s*")
_CITY_OF = re.compile(r"^(?:city of|ville de|ciudad de)\s+", re.I)
# Nicknames that name no GeoNames city (a measured need: LinkedIn's "San Francisco Bay Area"
# reads as San Francisco, so the bare "Bay Area" does too; HN headers write "DC, SF"; "Silicon
# Valley" spans several cities of one state, so it names the state alone).
_NICKNAMES = {
    "bay area": "San Francisco, CA",
    "silicon valley": "California",
    "sf": "San Francisco, CA",
    "dc": "Washington, DC",
}


def plain_parts(parts: list[str]) -> list[str]:
    """The parts with a nickname spelled out and area suffixes dropped."""
    for name in (parts[0], _AREA_SUFFIX.sub("", parts[0])):  # "Bay Area"; "DC Metro"
        nickname = _NICKNAMES.get(" ".join(name.lower().split()))
        if nickname:
            parts = nickname.split(", ") + parts[1:]
            break
    return [_AREA_SUFFIX.sub("", p).strip() for p in parts]


def heads(head: str) -> list[tuple[str, bool]]:
    """(name, alternate names allowed): the head as written, then an area's first city
    ("Dallas-Fort Worth" -> "Dallas", GeoNames names only), then the city a "City of X" /
    "Ville de X" names."""
    head = _GREATER.sub("", head).strip()
    found = [(head, True), (_HYPHEN.split(head, maxsplit=1)[0], False)]
    found += [(_CITY_OF.sub("", head), True)]
    return [
        (h, alt) for i, (h, alt) in enumerate(found) if h and h not in {x for x, _ in found[:i]}
    ]
