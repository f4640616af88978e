"""Seniority from the title alone on linkedin-arshkon-2023-titles, where LinkedIn can tell."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from pipeline.evaluation.measures import DatasetResult, Measure, f1, ratio
from pipeline.occupation import occupation_of
from pipeline.role import classify_role
from pipeline.seniority import ENTRY, SENIOR, classify_seniority

DATASET = "linkedin-arshkon-2023-titles"
GOLD_ENTRY = {"Internship", "Entry level"}
GOLD_SENIOR = {"Mid-Senior level", "Director", "Executive"}
GOLD_TOP = {"Director", "Executive"}
COMPUTER_AND_MATH = "15"  # SOC major group 15-0000, Computer and Mathematical Occupations
NOTES = [
    "Gold: LinkedIn's formatted_experience_level, set by the poster; blank levels are left out. "
    "Only the title is classified (the dataset has no descriptions).",
    "LinkedIn merges mid and senior ('Mid-Senior level'), so only what it can tell is measured: "
    "(a) precision of predicted senior on tech titles (correct when gold is Mid-Senior, Director "
    "or Executive, so a gold Associate counts as wrong) and precision of predicted entry on all "
    "titles (correct when gold is Internship or Entry level); (b) F1 of entry vs rest over all "
    "labeled titles (a title given mid, senior or no level is 'rest'); (c) share of Director and "
    "Executive titles predicted senior.",
    "A tech title names a computer or mathematical occupation: its O*NET title reading "
    "(pipeline/occupation.py) lies in SOC major group 15-0000 (software, data, network, security, "
    "database, web, statistics, data science), or the project's role taxonomy gives it an AI/data "
    "role. Entry evidence from O*NET job zones 1-2 applies only to titles with no level word.",
]


def is_tech_title(title: str) -> bool:
    """A computer/mathematical occupation (O*NET SOC 15) or one of the project's AI/data roles."""
    found = occupation_of(title)
    if found is not None and found.info.major == COMPUTER_AND_MATH:
        return True
    return classify_role(title).role_id is not None


def _labeled(data_dir: Path) -> list[tuple[str, str]]:
    """(title, gold level) for every posting with a level."""
    with (data_dir / DATASET / "job_postings.csv").open(encoding="utf-8", newline="") as handle:
        return [
            (row["title"], row["formatted_experience_level"].strip())
            for row in csv.DictReader(handle)
            if row["formatted_experience_level"].strip()
        ]


def _readings(rows: list[tuple[str, str]]) -> dict[str, tuple[str | None, str, bool]]:
    """Level, evidence kind and tech flag per distinct title (titles repeat across postings)."""
    out: dict[str, tuple[str | None, str, bool]] = {}
    for title, _ in rows:
        if title not in out:
            result = classify_seniority(title)
            kind = (result.evidence or "none").split(":", 1)[0]
            out[title] = (result.level, kind, is_tech_title(title))
    return out


def evaluate(data_dir: Path) -> DatasetResult:
    rows = _labeled(data_dir)
    readings = _readings(rows)
    n = Counter[str]()
    misses: list[dict[str, object]] = []
    for title, gold in rows:
        level, kind, tech = readings[title]
        is_entry, gold_entry = level == ENTRY, gold in GOLD_ENTRY
        n["senior_tech"] += tech and level == SENIOR
        n["senior_tech_ok"] += tech and level == SENIOR and gold in GOLD_SENIOR
        n["entry_pred"] += is_entry
        n["entry_ok"] += is_entry and gold_entry
        n["entry_gold"] += gold_entry
        n["top"] += gold in GOLD_TOP
        n["top_ok"] += gold in GOLD_TOP and level == SENIOR
        n[f"entry_by:{kind}"] += is_entry
        n[f"entry_ok_by:{kind}"] += is_entry and gold_entry
        wrong = is_entry != gold_entry or (gold in GOLD_TOP and level != SENIOR)
        if wrong and len(misses) < 200:
            misses.append({"title": title, "gold": gold, "got": level, "tech": tech})
    return DatasetResult("seniority", DATASET, len(rows), _measures(n), NOTES, misses)


def _measures(n: Counter[str]) -> list[Measure]:
    precision = ratio(n["entry_ok"], n["entry_pred"])
    recall = ratio(n["entry_ok"], n["entry_gold"])
    return [
        Measure("seniority.senior_precision_tech", "(a) precision of senior, tech titles",
                ratio(n["senior_tech_ok"], n["senior_tech"]), n["senior_tech"],
                "predicted senior with gold Mid-Senior/Director/Executive / predicted senior"),
        Measure("seniority.entry_precision", "(a) precision of entry, all titles",
                precision, n["entry_pred"],
                "predicted entry with gold Internship/Entry level / predicted entry"),
        Measure("seniority.entry_f1", "(b) F1 of entry vs rest, all labeled titles",
                f1(precision, recall), n["entry_gold"] + n["entry_pred"] - n["entry_ok"],
                "F1 of predicted entry against gold Internship/Entry level over every labeled "
                "title; n = gold entry + predicted entry - both"),
        Measure("seniority.entry_recall", "(b) recall of entry, all labeled titles",
                recall, n["entry_gold"], "predicted entry among gold Internship/Entry level"),
        Measure("seniority.entry_precision_title_words", "entry precision, title level words",
                ratio(n["entry_ok_by:title"], n["entry_by:title"]), n["entry_by:title"],
                "as (a), only entries from a level word in the title"),
        Measure("seniority.entry_precision_onet", "entry precision, O*NET job zone 1-2",
                ratio(n["entry_ok_by:O*NET job zone 1"] + n["entry_ok_by:O*NET job zone 2"],
                      n["entry_by:O*NET job zone 1"] + n["entry_by:O*NET job zone 2"]),
                n["entry_by:O*NET job zone 1"] + n["entry_by:O*NET job zone 2"],
                "as (a), only entries from the occupation's O*NET job zone"),
        Measure("seniority.director_exec_senior", "(c) Director/Executive predicted senior",
                ratio(n["top_ok"], n["top"]), n["top"],
                "Director or Executive titles predicted senior / all"),
    ]  # fmt: skip
