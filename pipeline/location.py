"""Work mode and primary place of a posting from its location text, remote flag and description.

Work mode rules: hybrid wording anywhere (location, remote flag) -> hybrid; else remote wording ->
remote; else on-site wording -> onsite; else the description's explicit statements ("fully
remote", "hybrid, 3 days in office", "this role is on-site"); else onsite only when the location
names a specific place (a known city, or a city with its region/country); else unknown. Silence
never means "not remote". Several places ("San Francisco, CA; New York, NY"): the first is primary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobwatch.pipeline.memo import memo
from jobwatch.pipeline.places import Place, resolve
from jobwatch.pipeline.text import lower_like_regex

REMOTE, HYBRID, ONSITE, UNKNOWN = "remote", "hybrid", "onsite", "unknown"


@dataclass(frozen=True)
class LocationResult:
    work_mode: str
    city: str | None
    region: str | None
    country: str | None
    metro: str | None


_HYBRID = re.compile(r"\bhybrid\b", re.I)
_REMOTE = re.compile(
    r"\b(?:fully[ -]remote|remote(?:[ -]first|[ -]friendly)?|anywhere|work from home|wfh|"
    r"telecommute|distributed|virtual)\b",
    re.I,
)
_ONSITE = re.compile(r"\b(?:on[ -]?site|in[ -]office|in[ -]person|office[ -]based)\b", re.I)
_FLAG_REMOTE = {"true", "yes", "1", "remote", "fully remote", "fully_remote", "remote_ok"}
# Each statement with the words every match of it contains: the pattern is only tried around them.
# A word comes with what the statement puts right before it (one of them ends the text before
# the word, lower-cased), or () when anything may: "office" is ~2 a posting, "week in the
# office" and "in-office" are rare, so most windows are never searched.
_WEEK = tuple(f"week {a} {b}" for a in ("in", "at") for b in ("", "the ", "our "))
_DESCRIPTION = (
    (
        HYBRID,
        (("hybrid", ()), ("office", _WEEK)),
        re.compile(
            r"\bhybrid (?:role|position|work|schedule|model|setup|arrangement)\b|"
            r"\b\d days? (?:a|per) week (?:in|at) (?:the |our )?office\b",
            re.I,
        ),
    ),
    (
        REMOTE,
        (("remote", ()), ("anywhere", ("work from ",))),
        re.compile(
            r"\b(?:fully|100%|completely) remote\b|\bremote[- ]first\b|"
            r"\b(?:this|the) (?:role|position|job) is (?:fully )?remote\b|"
            r"\bwork from anywhere\b",
            re.I,
        ),
    ),
    (
        ONSITE,
        (("site", ("on", "on ", "on-")), ("office", ("in ", "in-")), ("person", ("in ", "in-"))),
        re.compile(
            r"\b(?:this|the) (?:role|position|job) is (?:based )?(?:on[- ]?site|"
            r"in[- ]office|in[- ]person)\b|\bfully on[- ]?site\b",
            re.I,
        ),
    ),
)
_LONGEST_STATEMENT = 40  # characters; no _DESCRIPTION match is longer (a test checks)
_ZIP = re.compile(r"\s+\d{4,6}(?:-\d{4})?$")
_PUNCTUATION = re.compile(r"[()\[\]]|\s[-–—]\s|^\s*[-–—]|[-–—]\s*$|:")
_PLACES_SPLIT = re.compile(r";|\s\|\s|\s/\s|\n|\bor\b|\s&\s|\band\b")
_FIGURES = re.compile(r"[\d\s-]+")
_REGION_GROUPS = re.compile(
    r"^(?:emea|apac|latam|americas|north america|europe|eu|asia|worldwide|global|international|"
    r"multiple locations|various|flexible|hq|headquarters|office|anywhere|home|home based)$",
    re.I,
)


def _mode_from(*texts: str) -> str | None:
    joined = " ".join(texts)
    for mode, pattern in ((HYBRID, _HYBRID), (REMOTE, _REMOTE), (ONSITE, _ONSITE)):
        if pattern.search(joined):
            return mode
    return None


def _flag_mode(remote_raw: str | None) -> str | None:
    flag = (remote_raw or "").strip().lower()
    return REMOTE if flag in _FLAG_REMOTE else _mode_from(flag)


def _description_mode(text: str | None, lowered: str | None = None) -> str | None:
    if not text:
        return None
    folded = lower_like_regex(text, lowered)  # same offsets as text, letters as IGNORECASE sees
    for mode, words, pattern in _DESCRIPTION:
        if any(_said_near(pattern, text, folded, word, before) for word, before in words):
            return mode
    return None


def _said_near(
    pattern: re.Pattern[str], text: str, folded: str, word: str, before: tuple[str, ...] = ()
) -> bool:
    """pattern.search(text) tried only in windows around `word` (a few dozen characters instead
    of the whole description), and only where one of `before` ends right before it. A window
    ends before a non-word character, so a \\b there reads the same as in the whole text."""
    at = folded.find(word)
    while at >= 0:
        if before and not folded.endswith(before, 0, at):
            at = folded.find(word, at + 1)
            continue
        end = at + len(word) + _LONGEST_STATEMENT
        while end < len(text) and (text[end].isalnum() or text[end] == "_"):
            end += 1
        if pattern.search(text, max(0, at - _LONGEST_STATEMENT), end):
            return True
        at = folded.find(word, at + 1)
    return False


def _segments(location: str) -> list[list[str]]:
    """Comma-separated parts of each place named, mode words and noise removed."""
    text = _REMOTE.sub(",", _HYBRID.sub(",", _ONSITE.sub(",", location)))
    text = _PUNCTUATION.sub(",", text)
    segments = []
    for chunk in _PLACES_SPLIT.split(text):
        parts = [_ZIP.sub("", p).strip(" .,-–—/") for p in chunk.split(",")]
        parts = [p for p in parts if p and not _FIGURES.fullmatch(p)]
        parts = [p for p in parts if not _REGION_GROUPS.match(p)]
        if parts:
            segments.append(parts)
    return segments


def _primary_place(location: str) -> Place | None:
    for parts in _segments(location):
        place = resolve(parts)
        if place is not None:
            return place
    return None


@memo  # a pure function of two short fields (~10 regex calls)
def _stated(location: str, remote_raw: str | None) -> tuple[Place | None, str | None]:
    """The primary place the location names, and the work mode the location or flag states."""
    place = _primary_place(location) if location.strip() else None
    modes = {_mode_from(location), _flag_mode(remote_raw)}
    return place, next((m for m in (HYBRID, REMOTE, ONSITE) if m in modes), None)


def parse_location(
    location_raw: str | None,
    remote_raw: str | None = None,
    description_text: str | None = None,
    lowered_description: str | None = None,
) -> LocationResult:
    """Work mode (remote|hybrid|onsite|unknown), city, region, country (ISO alpha-2) and metro;
    `lowered_description` is description_text.lower() when the caller has it."""
    place, mode = _stated(location_raw or "", remote_raw)
    mode = mode or _description_mode(description_text, lowered_description)
    # A known city or metro nickname, or a city with its region/country, is a specific place.
    specific = place is not None and (
        place.known or (place.city is not None and place.country is not None)
    )
    if mode is None:
        mode = ONSITE if specific else UNKNOWN
    if place is None:
        return LocationResult(mode, None, None, None, None)
    return LocationResult(mode, place.city, place.region, place.country, place.metro)
