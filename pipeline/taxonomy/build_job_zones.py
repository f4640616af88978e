"""Derive onet_titles.csv (job title -> O*NET job zone and SOC group) from the O*NET text files.

Usage: python -m jobwatch.pipeline.taxonomy.build_job_zones ONET_DIR

Every alternate, short and reported title of an occupation becomes a row keyed by its normalized
words (pipeline/occupation.py title_key). A title several occupations share ("Cook": fast food,
restaurant, institution, short order cooks, head cooks) keeps the median zone of its occupations
(the upper one of an even count), the SOC major group only when they all agree, is supervisory
when most of them manage or supervise, and a trade when most of them are clinical or trade
occupations (TRADE_GROUPS). Lookups take the longest known word suffix
of a title (English job titles are head-final), so a row whose value equals the value its own
shorter suffix would give is redundant and dropped: the lookup answers are unchanged.
"""

from __future__ import annotations

import csv
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

from jobwatch.pipeline.occupation import OccupationInfo, title_key
from jobwatch.pipeline.taxonomy import TAXONOMY_DIR

OUT = TAXONOMY_DIR / "onet_titles.csv"
DATA_ENV = "JOBWATCH_EVAL_DATA"  # the eval data folder, whose onet/ holds the O*NET files
HEADER = (
    "# Derived from O*NET 29.2 (USDOL/ETA, CC BY 4.0) by pipeline/taxonomy/build_job_zones.py;"
    " see README.md. Do not edit by hand.\n"
)


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return list(reader)


# Clinical and trade occupations, whose years of experience do not map to a tech ladder's levels:
# healthcare practitioners, technicians and support (29, 31), counselors, therapists and social
# workers (21-1), protective service (33), cooks and food preparation (35-2), construction and
# extraction (47), installation, maintenance and repair (49), production (51), vehicle and
# equipment operators (53-2 ... 53-6), and engineering and science technicians (17-3, 19-4).
# Frontline service and material moving (cashiers, servers, stockers: 35-3, 41, 53-7) are not
# trades: they are the entry jobs of their own ladders.
TRADE_GROUPS = (
    *("29", "31", "21-1", "33", "35-2", "47", "49", "51"),
    *("53-2", "53-3", "53-4", "53-5", "53-6", "17-3", "19-4"),
)


def _trade(code: str) -> bool:
    return code.startswith(TRADE_GROUPS)


def _supervisory(code: str) -> bool:
    """Management (11-) and the first-line supervisor minor groups (33-1xxx ... 53-1xxx)."""
    major, detail = code.split("-", 1)
    return major == "11" or (int(major) >= 33 and detail.startswith("1"))


_PAREN = re.compile(r"^(?P<out>[^(]*)\((?P<inside>[^)]*)\)(?P<rest>.*)$")


def _names(title: str, short: str) -> list[str]:
    """'CEO (Chief Executive Officer)' -> both; 'Cybersecurity Analyst (Cyber)' -> the analyst only.

    A one-word abbreviation ('Admin', 'Cyber', short titles alike) is a clipped word, not a job
    title, unless it is an acronym written in capitals ('CIO').
    """
    match = _PAREN.match(title)
    if not match:
        return [title] + [short] * _is_title(short)
    main = (match["out"] + match["rest"]).strip()
    return [main] + [n for n in (match["inside"], short) if _is_title(n)]


def _is_title(name: str) -> bool:
    name = name.strip()
    return name != "n/a" and (len(name.split()) > 1 or (name.isupper() and len(name) > 1))


def _titles_by_code(onet: Path) -> dict[str, set[str]]:
    by_title: dict[str, set[str]] = defaultdict(set)
    for code, title, short, *_ in _rows(onet / "Alternate Titles.txt"):
        for name in _names(title, short):
            if title_key(name):
                by_title[title_key(name)].add(code)
    for code, title, *_ in _rows(onet / "Sample of Reported Titles.txt"):
        if title_key(title):
            by_title[title_key(title)].add(code)
    return by_title


def derive(onet: Path) -> dict[str, OccupationInfo]:
    """Every O*NET title with its occupations' median zone, shared major group, supervisory and
    trade flags."""
    zones = {row[0]: int(row[1]) for row in _rows(onet / "Job Zones.txt")}
    table: dict[str, OccupationInfo] = {}
    for key, codes in _titles_by_code(onet).items():
        zoned = [code for code in codes if code in zones]
        if not zoned:
            continue  # occupations without a zone (military, "all other") say nothing
        levels = sorted(zones[code] for code in zoned)
        majors = {code[:2] for code in zoned}
        table[key] = OccupationInfo(
            zone=levels[len(levels) // 2],
            major=majors.pop() if len(majors) == 1 else "",
            supervisory=2 * sum(_supervisory(code) for code in zoned) > len(zoned),
            trade=2 * sum(_trade(code) for code in zoned) > len(zoned),
        )
    return table


def compact(table: dict[str, OccupationInfo]) -> dict[str, OccupationInfo]:
    """Drop rows that the lookup of their own shorter suffixes already answers the same way."""
    kept = dict(table)
    for key in sorted(table, key=lambda k: -len(k.split())):
        words = key.split()
        fallback = next(
            (kept[s] for i in range(1, len(words)) if (s := " ".join(words[i:])) in kept), None
        )
        if fallback == table[key]:
            del kept[key]
    return kept


def write(table: dict[str, OccupationInfo], out: Path = OUT) -> None:
    temp = out.with_suffix(".tmp")
    with temp.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["title", "zone", "major", "supervisory", "trade"])
        for key in sorted(table):
            info = table[key]
            writer.writerow([key, info.zone, info.major, int(info.supervisory), int(info.trade)])
    os.replace(temp, out)  # never a half-written taxonomy file


def main(argv: list[str]) -> int:
    if not argv and not os.environ.get(DATA_ENV):
        print(
            f"usage: build_job_zones ONET_DIR (or set {DATA_ENV}; reads its onet/)", file=sys.stderr
        )
        return 2
    onet = Path(argv[0]) if argv else Path(os.environ[DATA_ENV]) / "onet"
    if not (onet / "Job Zones.txt").is_file():
        print(f"O*NET text files not found in {onet}", file=sys.stderr)
        return 2
    full = derive(onet)
    table = compact(full)
    write(table)
    print(f"{len(full):,} O*NET titles -> {len(table):,} rows in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
