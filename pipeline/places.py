"""Resolve a place ("Toronto, ON", "Greater Boston", "Berlin, Germany") against the gazetteer.

A place is comma-separated parts: a city (or region, or country) first, then what qualifies it.
Each later part is read as every country or first-level region it can name ("CA" is California
or Canada); a city fits when each part that names something names its country or region (for
US states: its GeoNames state code). The most populous fitting city wins; a name GeoNames does
not know stays the city with the region and country its parts give. See docs/places.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobwatch.pipeline.area_labels import heads, plain_parts
from jobwatch.pipeline.gazetteer import City, cities_named
from jobwatch.pipeline.metro import CORE
from jobwatch.pipeline.regions import Region, country_named, regions_named

# In these countries a city is written with its state or province ("Austin, TX"), so a
# subdivision's name before the country ("Washington, United States") is the subdivision.
_STATE_FIRST = ("US", "CA")
ALONE = 15_000  # GeoNames' own bar for a city (its cities15000 list)
_SHORT = 5
_US = "US"


@dataclass(frozen=True)
class Place:
    city: str | None
    region: str | None  # US/CA/AU code ("TX", "ON", "NSW"), else the subdivision's name
    country: str | None  # ISO 3166-1 alpha-2
    metro: str | None  # display name of the metro (docs/places.md), None outside one


@dataclass(frozen=True)
class _Reading:
    country: str
    region: Region | None = None


def _readings(token: str) -> list[_Reading]:
    """Every country or region a qualifying part can name, a country's name first, a country
    code last ("CA" is California before Canada); [] when it names none we know."""
    regions = [_Reading(r.country, r) for r in regions_named(token)]
    named, coded = country_named(token), country_named(token, codes=True)
    first = [_Reading(named)] if named else []
    return first + regions + ([_Reading(coded)] if coded and not named else [])


def _fits(city: City, reading: _Reading) -> bool:
    if reading.country != city.country:
        return False
    region = reading.region
    return region is None or city.country != _US or region.code == city.admin1


def _fitting(
    name: str, readings: list[list[_Reading]], alternates: bool
) -> tuple[City, list[_Reading]] | None:
    """The most populous city named `name` that every qualifying part fits, and the readings
    that fit it; by GeoNames name, then (`alternates`) by alternate name."""
    for by_alternate in (False, True)[: 1 + alternates]:
        for city in cities_named(name, by_alternate):
            fits = [[r for r in rs if _fits(city, r)] for rs in readings]
            if all(fits):
                return city, [f[0] for f in fits]
    return None


def _city_place(city: City, used: list[_Reading]) -> Place:
    stated = next((r.region for r in used if r.region is not None), None)
    region = stated.label if stated else (city.admin1 if city.country == _US else None)
    return Place(city.name, region, city.country, city.metro)


def _region_place(region: Region) -> Place:
    return Place(None, region.label, region.country, None)


def _state_first(head: str, readings: list[list[_Reading]]) -> Region | None:
    """ "Texas, United States": the head is a region of the country every later part names,
    and either cities there are written with their state, or no city there has that name."""
    countries = {r.country for rs in readings for r in rs if r.region is None}
    if not readings or len(countries) != 1 or any(r.region for rs in readings for r in rs):
        return None
    (country,) = countries
    for region in regions_named(head):
        named = any(c.country == country for c in cities_named(head))
        if region.country == country and (country in _STATE_FIRST or not named):
            return region
    return None


def _alone(head: str, alternates: bool) -> Place | None:
    """A place named by one part: a large city, else a country, else a large city by another
    name ("NYC", "Bangalore"), else a region, else a town of at least ALONE inhabitants (a
    lone word that only a village is named is more often no place at all: "Rust/C++")."""
    cities = [c for c in cities_named(head) if c.population >= ALONE]
    # a short word alone is an alternate name only as an abbreviation ("NYC", not "Part")
    also = alternates and (head.isupper() or len(head) >= _SHORT)
    others = [c for c in cities_named(head, True) if c.population >= ALONE] if also else []
    if cities and cities[0].population >= CORE:
        return _city_place(cities[0], [])
    country = country_named(head)
    if country:
        return Place(None, None, country, None)
    if others and others[0].population >= CORE:
        return _city_place(others[0], [])
    regions = regions_named(head)
    if regions:
        return _region_place(regions[0])
    towns = cities + others
    return _city_place(towns[0], []) if towns else None


def _is_city(name: str) -> bool:
    return any(c.population >= ALONE for c in cities_named(name) + cities_named(name, True))


def _context(head: str, readings: list[list[_Reading]]) -> Place:
    """A city GeoNames does not know, with the region and country its later parts name (a
    region wins over a country code: "CA" after a city is California)."""
    flat = [r for rs in readings for r in rs]
    region = next((r.region for r in flat if r.region is not None), None)
    country = region.country if region else next((r.country for r in flat), None)
    return Place(head, region.label if region else None, country, None)


def _qualifiers(rest: list[str]) -> tuple[list[list[_Reading]], list[str]]:
    """The readings of the parts after the head, and those parts, up to the first part that is a
    city ("Chicago, SF, DC" lists places, it is not a Chicago in DC); a part that names nothing
    we know is skipped ("Ghent, Flemish Region, Belgium": a region name pycountry spells
    otherwise)."""
    readings, used = [], []
    for part in rest:
        found = _readings(part)
        if found:
            readings.append(found)
            used.append(part)
        elif _is_city(part):
            break
    return readings, used


def _split_region(
    head: str, readings: list[list[_Reading]]
) -> tuple[str, list[list[_Reading]]] | None:
    """ "Sydney NSW" -> "Sydney" qualified by NSW, when the head ends in a region or country and
    no later part names a region ("West Berlin, NJ" stays whole)."""
    words = head.split()
    if len(words) < 2 or any(r.region for rs in readings for r in rs):
        return None
    for size in (2, 1):
        tail = _readings(" ".join(words[-size:]))
        if len(words) > size and tail:
            return " ".join(words[:-size]), [tail, *readings]
    return None


def _found(head: str, readings: list[list[_Reading]], alternates: bool) -> Place | None:
    if not readings:
        return _alone(head, alternates)
    region = _state_first(head, readings)
    if region:
        return _region_place(region)
    found = _fitting(head, readings, alternates)
    return _city_place(*found) if found else None


def resolve(parts: list[str]) -> Place | None:
    """The place named by comma-separated parts: city first, then region and/or country."""
    parts = plain_parts(parts)
    readings, used = _qualifiers(parts[1:])
    names = heads(parts[0])
    for head, alternates in names:
        split = _split_region(head, readings)
        place = _found(head, readings, alternates) or (split and _found(*split, alternates))
        if place:
            return place
    if not names or not readings:
        return None
    # "Seattle, New York, San Francisco": a later part that no region fits the head with but
    # that is itself a city makes a list of places, not a Seattle in New York state
    listed = any(_is_city(part) for part in used)
    return (listed and _alone(names[0][0], True)) or _context(names[0][0], readings)
