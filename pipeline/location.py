"""Work mode and primary place of a posting from its title, location, remote flag and text.

The place is the first one the location names ("San Francisco, CA; New York, NY": San
Francisco), resolved against GeoNames (pipeline/places.py); the work mode comes from every signal
by the precedence in pipeline/work_mode.py, with its evidence. Silence never means "not remote".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.pipeline.company import normalize_company
from jobwatch.pipeline.memo import memo
from jobwatch.pipeline.places import Place, resolve
from jobwatch.pipeline.regions import country_named
from jobwatch.pipeline.work_mode import (
    HYBRID,
    ONSITE,
    REMOTE,
    UNKNOWN,
    classify_work_mode,
)

__all__ = ["HYBRID", "ONSITE", "REMOTE", "UNKNOWN", "LocationResult", "parse_location"]


@dataclass(frozen=True)
class LocationResult:
    work_mode: str
    city: str | None
    region: str | None
    country: str | None
    metro: str | None
    work_mode_evidence: str = ""


# Words of a location field that name no place: the work mode, the kind of contract, visas
# ("ONSITE or partial REMOTE", "REMOTE OK", "Full or part-time", "Visa OK", "downtown Chicago")
_NOT_PLACES = re.compile(
    r"\b(?:(?:fully|100%|partial(?:ly)?)[ -])?(?:remote|hybrid|on[ -]?site|in[ -]office|"
    r"in[ -]person|office[ -]based|anywhere|work from home|wfh|telecommute|distributed|virtual|"
    r"visa|sponsorship)(?:\s+(?:ok|okay|possible|available|friendly))?\b|"
    r"\b(?:full|part)[ -]?time\b|\b(?:contract|permanent|temporary|freelance|internship)\b|"
    r"\bdowntown\b",
    re.I,
)
_ZIP = re.compile(r"\s+\d{4,6}(?:-\d{4})?$")
# "Paris 35 candidats", "Mountain View, CA 34 applicants": a number and a few words that end the
# field are a count (or a postal code), not a place
_COUNT = re.compile(r"(?<=\D)\s+\d+\s+[^\d,;|/]{1,30}$")
_PUNCTUATION = re.compile(r"\s[-–—]\s|^\s*[-–—]|[-–—]\s*$|:")
# between places: "; | / or & and", a line, and a parenthesis ("Washington, DC (Reston, VA)")
_PLACES_SPLIT = re.compile(r";|\s[|+]\s|/|\n|\bor\b|\s&\s|\b(?:and|et)\b|[()\[\]]")
_LEADING = re.compile(r"^(?:(?:based|located|hq|headquarters|office)\s+)?(?:in|at|near)\s+", re.I)
_FIGURES = re.compile(r"[\d\s-]+")
_REGION_GROUPS = re.compile(
    r"^(?:emea|apac|latam|americas|north america|europe|eu|asia|worldwide|global|international|"
    r"multiple locations|various|flexible|hq|headquarters|office|home|home based|"
    r"us timezones?|[a-z]{2,4} time ?zones?)$",
    re.I,
)


def _segments(location: str) -> list[list[str]]:
    """Comma-separated parts of each place named, mode words and noise removed."""
    text = _PUNCTUATION.sub(",", _NOT_PLACES.sub(",", _COUNT.sub("", location)))
    segments = []
    for chunk in _PLACES_SPLIT.split(text):
        parts = [_LEADING.sub("", _ZIP.sub("", p).strip(" .,-–—/")) for p in chunk.split(",")]
        parts = [p for p in parts if p and not _FIGURES.fullmatch(p)]
        parts = [p for p in parts if not _REGION_GROUPS.match(p)]
        if parts:
            segments.append(parts)
    return segments


@memo  # a pure function of one short field
def _place(location: str) -> Place | None:
    """The first place the location names."""
    for parts in _segments(location):
        for start in range(len(parts)):  # "Acme - Fulltime - Bangkok, Thailand": from Bangkok
            place = resolve(parts[start:])
            if place is not None:
                return place
    return None


@memo  # a pure function of one short field
def _employer_country(company: str) -> str | None:
    """The country a local employer is named after ("Ocean Hotels Group BARBADOS", "Randstad
    Canada", "ZCC USA Inc."): the last one to three words of its name, legal form dropped."""
    words = (normalize_company(company)[0] or "").replace(",", " ").split()
    for n in (3, 2, 1):
        # a name that is only a country ("Canada") names no employer's home
        if len(words) > n and (code := country_named(" ".join(words[-n:]))):
            return code
    return None


def _unknown_place_country(location: str, company: str | None) -> str | None:
    """The country of a place the gazetteer lacks (a town under GeoNames' 500 inhabitants,
    "Lowlands"), when the employer is named after its country. Only a place-like location counts:
    "Remote" or an empty field says nothing of where the job is. Where both are known, the
    employer's country and the place's agree (17 of 18 LinkedIn postings of the eval sets; the
    other is a charity named after the country it helps)."""
    if not company or not _segments(location):
        return None
    return _employer_country(company)


def parse_location(
    location_raw: str | None,
    remote_raw: str | None = None,
    description_text: str | None = None,
    lowered_description: str | None = None,
    title: str | None = None,
    company: str | None = None,
) -> LocationResult:
    """Work mode (remote|hybrid|onsite|unknown) with its evidence, city, region, country (ISO
    alpha-2) and metro; `lowered_description` is description_text.lower() when the caller has it."""
    location = location_raw or ""
    place = _place(location) if location.strip() else None
    mode = classify_work_mode(
        title,
        location,
        remote_raw,
        description_text,
        has_city=place is not None and place.city is not None,
        lowered=lowered_description,
    )
    if place is None:
        country = _unknown_place_country(location, company)
        return LocationResult(mode.mode, None, None, country, None, mode.evidence)
    return LocationResult(
        mode.mode, place.city, place.region, place.country, place.metro, mode.evidence
    )
