"""Resolve a place ("Toronto, ON", "NYC", "Berlin, Germany") against the taxonomy place tables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jobwatch.pipeline.taxonomy import read_csv


@dataclass(frozen=True)
class Place:
    city: str | None
    region: str | None
    country: str | None  # ISO 3166-1 alpha-2
    metro: str | None
    known: bool = False  # the city (or metro nickname) is in taxonomy/metros.csv


@dataclass(frozen=True)
class _Index:
    cities: dict[str, list[Place]]
    countries: dict[str, str]  # name, alias or code (lower) -> code
    regions: dict[str, list[tuple[str, str]]]  # code or name (lower) -> [(country, region code)]


def _key(text: str) -> str:
    return " ".join(text.lower().replace(".", " ").split())


@cache
def _index() -> _Index:
    countries: dict[str, str] = {}
    for row in read_csv("countries.csv"):
        for name in [row["code"], row["name"], *filter(None, row["aliases"].split("|"))]:
            countries[_key(name)] = row["code"]
    regions: dict[str, list[tuple[str, str]]] = {}
    for row in read_csv("regions.csv"):
        for name in (row["code"], row["name"]):
            regions.setdefault(_key(name), []).append((row["country"], row["code"]))
    cities: dict[str, list[Place]] = {}
    for row in read_csv("metros.csv"):
        city, region = row["city"] or None, row["region"] or None
        place = Place(city, region, row["country"], row["metro"], known=True)
        for name in [row["city"], *filter(None, row["aliases"].split("|"))]:
            if name:
                cities.setdefault(_key(name), []).append(place)
    return _Index(cities, countries, regions)


def _matches(place: Place, token: str) -> bool:
    """A token after the city fits unless it names another country or region; a token the
    tables do not know ("Karnataka", a district) does not contradict the city."""
    index, key = _index(), _key(token)
    if key in index.countries and index.countries[key] == place.country:
        return True
    regions = [tuple(r) for r in index.regions.get(key, [])]
    if regions:
        return (place.country, place.region) in regions
    return key not in index.countries


def _split_region(head: str, rest: list[str]) -> tuple[str, list[str]]:
    """ "Sydney NSW" -> "Sydney", ["NSW", ...] when the last word is a known region."""
    words = head.split()
    if len(words) > 1 and _key(words[-1]) in _index().regions:
        return " ".join(words[:-1]), [words[-1], *rest]
    return head, rest


def _context(tokens: list[str]) -> tuple[str | None, str | None]:
    """(region, country) from the tokens after the city; US/CA/AU regions win over country codes."""
    index = _index()
    region = country = None
    for token in reversed(tokens):
        key = _key(token)
        if key in index.regions and region is None:
            own = [r for r in index.regions[key] if country in (None, r[0])]
            if own:
                country, region = own[0]
                continue
        if key in index.countries and country is None:
            country = index.countries[key]
    return region, country


def resolve(parts: list[str]) -> Place | None:
    """The place named by comma-separated parts: city first, then region and/or country."""
    index = _index()
    head, rest = parts[0], parts[1:]
    if _key(head) not in index.cities:
        head, rest = _split_region(head, rest)
    candidates = index.cities.get(_key(head), [])
    fitting = [p for p in candidates if all(_matches(p, t) for t in rest)]
    if fitting or (candidates and not rest):
        return (fitting or candidates)[0]
    region, country = _context(rest)
    if not rest:
        key = _key(head)
        if key in index.countries:
            return Place(None, None, index.countries[key], None)
        if len(index.regions.get(key, [])) == 1:
            country, region = index.regions[key][0]
            return Place(None, region, country, None)
        return None
    return Place(head.strip(), region, country, None)
