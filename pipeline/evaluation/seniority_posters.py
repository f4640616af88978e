"""Seniority from title and description against the poster's LinkedIn level, beside a baseline."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jobwatch.pipeline.evaluation import linkedin_text
from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure, ratio
from jobwatch.pipeline.evaluation.poster_levels import (
    ENTRY_LEVELS,
    LEVEL,
    OTHER_LEVELS,
    SENIOR_LEVELS,
    SHORT,
    labelled_rows,
    posters_follow_the_text,
)
from jobwatch.pipeline.evaluation.real_gold.rows import DEV, half
from jobwatch.pipeline.evaluation.seniority_disagreements import disagreements, unlisted
from jobwatch.pipeline.seniority import ENTRY, SENIOR, classify_seniority

if TYPE_CHECKING:
    from pathlib import Path

# The posters' levels (poster_levels.py) are read from here too.
__all__ = [
    "ENTRY_LEVELS",
    "LEVEL",
    "OTHER_LEVELS",
    "SENIOR_LEVELS",
    "SHORT",
    "baseline",
    "evaluate",
    "labelled_rows",
]

# The baseline: the plain level-word rule, the senior words first, on the same rows. The posters'
# levels are noisy, so the target is relative: at least its precision, above its recall.
_BASE_SENIOR = re.compile(r"\b(?:senior|sr|lead|principal|staff|director|head|vp|manager)\b", re.I)
_BASE_ENTRY = re.compile(r"\b(?:junior|jr|entry|intern|graduate|associate|trainee)\b", re.I)
NOTES = [
    "Gold: the poster's LinkedIn level (arshkon formatted_experience_level; brightdata "
    "job_seniority_level, shown in English or French). Senior = Mid-Senior level, Director, "
    "Executive, Manager, Confirmé; entry = Entry level, Internship, Premier emploi, Stagiaire / "
    "Alternant; Associate counts in the rows as neither; Not Applicable, Non pertinent, "
    "Di-angkop and blank are left out. jobwatch's mid is neither senior nor entry.",
    "Input as a user gives it (linkedin_text.py): title, company, location, description through "
    "`jobwatch normalize`, no level. The baseline is the plain level-word rule on the same rows: "
    "senior/sr/lead/principal/staff/director/head/VP/manager -> senior, else junior/jr/entry/"
    "intern/graduate/associate/trainee -> entry, else nothing. 'title only' is jobwatch given "
    "the title alone.",
    "Targets: jobwatch's precision at least the baseline's, its recall above the baseline's. "
    "The last row says how far the posters' levels follow their own text: of the postings whose "
    "description requires 5+ years (pipeline/years_context.py), the share the poster labels "
    "senior.",
    "A row whose poster's level its own title or text contradicts (an entry level on a posting "
    "asking 5+ years, a senior level on one naming the role junior, ...) leaves the rows of every "
    "rule only when it is listed with a quote in "
    "pipeline/evaluation/seniority_label_disagreements.yaml; the 'all rows' figures keep them.",
]


def baseline(title: str) -> str | None:
    if _BASE_SENIOR.search(title):
        return SENIOR
    return ENTRY if _BASE_ENTRY.search(title) else None


def evaluate(data_dir: Path) -> DatasetResult:
    measures: list[Measure] = []
    misses: list[dict[str, object]] = []
    rows = 0
    notes = list(NOTES)
    for dataset in (linkedin_text.ARSHKON, linkedin_text.BRIGHTDATA):
        labelled = labelled_rows(data_dir, dataset)
        rows += len(labelled)
        calls = _calls(dataset, labelled)
        listed = disagreements().get(dataset, {})
        kept, kept_calls = unlisted(dataset, labelled, calls)
        measures += _measures(dataset, kept, kept_calls)
        measures += _all_rows(dataset, labelled, calls)
        measures.append(posters_follow_the_text(dataset, labelled))
        misses += _misses(dataset, kept, kept_calls["jobwatch"])
        notes.append(f"{SHORT[dataset]}: {len(labelled)} labelled rows, {len(listed)} listed.")
    return DatasetResult(
        "seniority", "LinkedIn levels, title + description", rows, measures, notes, misses
    )


def _calls(dataset: str, labelled: list[tuple[dict[str, str], str]]) -> dict[str, list[str | None]]:
    title = linkedin_text.COLUMNS[dataset][1]
    return {
        "baseline": [baseline(row[title]) for row, _ in labelled],
        "title only": [classify_seniority(row[title]).level for row, _ in labelled],
        "jobwatch": [linkedin_text.normalized(dataset, row)["seniority"] for row, _ in labelled],
    }


def _measures(
    dataset: str, labelled: list[tuple[dict[str, str], str]], calls: dict[str, list[str | None]]
) -> list[Measure]:
    short = SHORT[dataset]
    gold = {
        SENIOR: [level in SENIOR_LEVELS for _, level in labelled],
        ENTRY: [level in ENTRY_LEVELS for _, level in labelled],
    }
    out = []
    for who, prefix in (("baseline", "baseline_"), ("title only", "title_"), ("jobwatch", "")):
        for level in (SENIOR, ENTRY):
            key = f"seniority_posters.{short}.{prefix}{level}"
            out += [
                _precision(key, f"{short}: {who}", level, calls[who], gold[level]),
                Measure(
                    f"{key}_recall",
                    f"{short}: {who}, {level} recall",
                    ratio(_hits(calls[who], level, gold[level]), sum(gold[level])),
                    sum(gold[level]),
                    f"called {level} among the poster's {level} levels",
                ),
            ]
    return out


def _all_rows(
    dataset: str, labelled: list[tuple[dict[str, str], str]], calls: dict[str, list[str | None]]
) -> list[Measure]:
    """Precision with the listed rows kept: the figures as the posters label every row."""
    short, levels = SHORT[dataset], {SENIOR: SENIOR_LEVELS, ENTRY: ENTRY_LEVELS}
    return [
        _precision(
            f"seniority_posters.{short}.all_rows.{prefix}{level}",
            f"{short}, all rows: {who}",
            level,
            calls[who],
            [poster in levels[level] for _, poster in labelled],
        )
        for who, prefix in (("baseline", "baseline_"), ("jobwatch", ""))
        for level in (SENIOR, ENTRY)
    ]


def _hits(calls: list[str | None], level: str, gold: list[bool]) -> int:
    return sum(call == level and g for call, g in zip(calls, gold, strict=True))


def _precision(
    key: str, who: str, level: str, calls: list[str | None], gold: list[bool]
) -> Measure:
    said = sum(call == level for call in calls)
    return Measure(
        f"{key}_precision",
        f"{who}, {level} precision",
        ratio(_hits(calls, level, gold), said),
        said,
        f"called {level} with the poster's level {level} / called {level}",
    )


def _misses(
    dataset: str, labelled: list[tuple[dict[str, str], str]], calls: list[str | None]
) -> list[dict[str, object]]:
    """Calls the poster's level contradicts, on the dev half of the split the gold set uses."""
    title = linkedin_text.COLUMNS[dataset][1]
    out: list[dict[str, object]] = []
    for (row, level), call in zip(labelled, calls, strict=True):
        wrong = (call == SENIOR and level not in SENIOR_LEVELS) or (
            call == ENTRY and level not in ENTRY_LEVELS
        )
        row_id = linkedin_text.row_id(dataset, row)
        if wrong and half(dataset, row_id) == DEV:
            out.append(
                {
                    "field": "seniority",
                    "dataset": dataset,
                    "id": row_id,
                    "title": row[title],
                    "poster": level,
                    "got": call,
                }
            )
    return out
