"""Seniority from the title alone on linkedin-arshkon-2023-titles, where LinkedIn can tell."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from pipeline.evaluation.measures import DatasetResult, Measure, f1, ratio
from pipeline.seniority import ENTRY, SENIOR, classify_seniority

DATASET = "linkedin-arshkon-2023-titles"
GOLD_ENTRY = {"Internship", "Entry level"}
GOLD_SENIOR = {"Mid-Senior level", "Director", "Executive"}
GOLD_TOP = {"Director", "Executive"}
# A tech title names a software, data, ML, cloud, network or security occupation.
TECH_TITLE = re.compile(
    r"\b(?:software|developer|data|machine learning|ml|ai|cloud|devops|devsecops|programmer|"
    r"network|systems?|security|web|database|sre|site reliability|full[- ]?stack|back[- ]?end|"
    r"front[- ]?end|it|infrastructure|platform|python|java|\.net|sql|analytics|scientist)\b",
    re.IGNORECASE,
)
NOTES = [
    "Gold: LinkedIn's formatted_experience_level, set by the poster; blank levels are left out. "
    "Only the title is classified (the dataset has no descriptions).",
    "LinkedIn merges mid and senior ('Mid-Senior level'), so only what it can tell is measured: "
    "(a) precision of predicted senior on tech titles (correct when gold is Mid-Senior, Director "
    "or Executive, so a gold Associate counts as wrong; a tech title names a software, data, ML, "
    "cloud, network or security occupation) and precision of predicted entry on all titles "
    "(correct when gold is Internship or Entry level); (b) F1 of entry vs rest over the labeled "
    "titles the classifier gives a level (held), and over all labeled titles, where a title "
    "without a level word counts as a missed entry (reported); (c) share of Director and "
    "Executive titles predicted senior.",
]


def _labeled(data_dir: Path) -> list[tuple[str, str, bool]]:
    """(title, gold level, is tech) for every posting with a level."""
    rows = []
    with (data_dir / DATASET / "job_postings.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            level = row["formatted_experience_level"].strip()
            if level:
                rows.append((row["title"], level, bool(TECH_TITLE.search(row["title"]))))
    return rows


def _entry_f1(rows: list[tuple[str, str, bool]], levels: dict[str, str | None]) -> float | None:
    """Entry vs rest F1 over the titles given a level."""
    leveled = [(levels[t], g in GOLD_ENTRY) for t, g, _ in rows if levels[t] is not None]
    hits = sum(1 for level, gold in leveled if level == ENTRY and gold)
    predicted = sum(1 for level, _ in leveled if level == ENTRY)
    return f1(ratio(hits, predicted), ratio(hits, sum(1 for _, gold in leveled if gold)))


def evaluate(data_dir: Path) -> DatasetResult:
    rows = _labeled(data_dir)
    cache: dict[str, str | None] = {}
    senior_tech = senior_tech_ok = entry_pred = entry_ok = entry_gold = top = top_ok = 0
    misses: list[dict[str, object]] = []
    for title, gold, tech in rows:
        if title not in cache:
            cache[title] = classify_seniority(title).level
        level = cache[title]
        if tech and level == SENIOR:
            senior_tech += 1
            senior_tech_ok += gold in GOLD_SENIOR
        entry_gold += gold in GOLD_ENTRY
        if level == ENTRY:
            entry_pred += 1
            entry_ok += gold in GOLD_ENTRY
        if gold in GOLD_TOP:
            top += 1
            top_ok += level == SENIOR
        wrong = (level == ENTRY) != (gold in GOLD_ENTRY) or (gold in GOLD_TOP and level != SENIOR)
        if wrong and len(misses) < 200:
            misses.append({"title": title, "gold": gold, "got": level, "tech": tech})
    entry_precision = ratio(entry_ok, entry_pred)
    measures = [
        Measure("seniority.senior_precision_tech", "(a) precision of senior, tech titles",
                ratio(senior_tech_ok, senior_tech), senior_tech,
                "predicted senior with gold Mid-Senior/Director/Executive / predicted senior"),
        Measure("seniority.entry_precision", "(a) precision of entry, all titles",
                entry_precision, entry_pred,
                "predicted entry with gold Internship/Entry level / predicted entry"),
        Measure("seniority.entry_f1", "(b) F1 of entry vs rest, leveled titles",
                _entry_f1(rows, cache), sum(1 for t, _, _ in rows if cache[t] is not None),
                "F1 of entry over the labeled titles given a level"),
        Measure("seniority.entry_f1_all", "(b) F1 of entry vs rest, all labeled titles",
                f1(entry_precision, ratio(entry_ok, entry_gold)), len(rows),
                "F1 of entry; a title with no level counts as not entry"),
        Measure("seniority.director_exec_senior", "(c) Director/Executive predicted senior",
                ratio(top_ok, top), top, "Director or Executive titles predicted senior / all"),
    ]  # fmt: skip
    return DatasetResult("seniority", DATASET, len(rows), measures, NOTES, misses)
