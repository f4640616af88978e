"""The O*NET occupation a job title names: its job zone (preparation needed) and SOC major group.

The table (taxonomy/onet_titles.csv, derived from O*NET by taxonomy/build_job_zones.py) maps
normalized title words to what O*NET says about every occupation known by that title. A posting
title is read segment by segment ("Cashier - Part Time", "Waiter/Server"); in each segment the
longest known word suffix wins, as job titles are head-final ("Overnight Stocker" is a stocker).
The table is loaded once per process into a dict; a lookup is a handful of dict probes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jobwatch.pipeline.taxonomy import read_csv

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Segments of a posting title: "Cashier - Part Time", "Waiter/Server", "Driver (CDL A), Nights".
# A job title names the job before "for" or "at": "Maintenance Tech for Luxury Property",
# "Barista at the Airport" (what follows is the employer or the place).
_SEGMENTS = re.compile(
    r"\s[-\u2010-\u2015]+\s|[|/(),:;\[\]]|\s[-\u2010-\u2015]+$|\s(?:for|at)\s", re.IGNORECASE
)
# Words after the head that say when or how, not what: "Cashier Part Time", "Server FT 2".
_TRAILING = re.compile(
    r"(?:\s+(?:part time|full time|pt|ft|prn|per diem|seasonal|temporary|temp|days?|nights?|"
    r"evenings?|weekends?|overnight|remote|hybrid|onsite|on site|\d+[a-z]?|[ivx]+|"
    r"level [ivx\d]+))+$"
)


@dataclass(frozen=True)
class OccupationInfo:
    zone: int  # O*NET job zone 1-5 (median over the occupations known by the title)
    major: str  # SOC major group ("15" computer and mathematical) when all agree, else ""
    supervisory: bool  # most of its occupations manage (11-) or supervise (xx-1xxx)
    trade: bool = False  # most of its occupations are clinical or trade (build_job_zones.py)


@dataclass(frozen=True)
class OccupationMatch:
    title: str  # the O*NET title words that matched ("sales associate")
    info: OccupationInfo


def title_key(text: str) -> str:
    """Lower-case words of a title, '&' read as 'and', punctuation dropped."""
    return _NON_WORD.sub(" ", text.lower().replace("&", " and ")).strip()


@cache
def _table() -> dict[str, OccupationInfo]:
    return {
        row["title"]: OccupationInfo(
            int(row["zone"]), row["major"], row["supervisory"] == "1", row["trade"] == "1"
        )
        for row in read_csv("onet_titles.csv")
    }


def _longest_suffix(key: str, table: dict[str, OccupationInfo]) -> OccupationMatch | None:
    words = key.split()
    for start in range(len(words)):
        suffix = " ".join(words[start:])
        info = table.get(suffix)
        if info is not None:
            return OccupationMatch(suffix, info)
    return None


# A head noun written short, as O*NET's own titles do ("Vet Tech", "Lab Tech"): "Maintenance
# Tech" is also read as "Maintenance Technician".
_SHORT_HEAD = re.compile(r"\btechs?$")


def occupation_of(title: str) -> OccupationMatch | None:
    """The O*NET reading of the first title segment that names a known occupation."""
    table = _table()
    for segment in _SEGMENTS.split(title):
        key = _TRAILING.sub("", title_key(segment))
        if key:
            found = _longest_suffix(key, table)
            spelled = _SHORT_HEAD.sub("technician", key)
            if spelled != key:  # the reading that knows more of the title's words wins
                longer = _longest_suffix(spelled, table)
                if longer and (found is None or _words(longer) > _words(found)):
                    found = longer
            if found is not None:
                return found
    return None


def _words(match: OccupationMatch) -> int:
    return match.title.count(" ") + 1
