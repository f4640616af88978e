"""The generated set (pipeline/evaluation/gold/): a regression fixture, not reported as accuracy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure, ratio
from jobwatch.pipeline.location import parse_location
from jobwatch.pipeline.role import classify_role
from jobwatch.pipeline.salary import parse_salary
from jobwatch.pipeline.seniority import classify_seniority
from jobwatch.pipeline.skills import extract_skills

GOLD_FILE = Path(__file__).with_name("gold") / "postings.jsonl"
FIELDS = ("role", "seniority", "salary", "work_mode", "country", "metro")
NOTES = [
    "Generated set: pipeline/evaluation/gold/postings.jsonl, written for the project by the rules "
    "in pipeline/evaluation/gold/README.md (hand-written parts joined by a deterministic script).",
    "Accuracy per field: postings whose predicted value equals the label / postings (a null label "
    "must be predicted null). Salary is right when min, max, currency and period all match.",
    "Skills: micro precision and recall over (posting, skill) pairs, description only.",
]


def load(path: Path = GOLD_FILE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def predict(post: dict[str, Any]) -> dict[str, Any]:
    """What the classifiers say about one gold posting, in the labels' shape."""
    salary = parse_salary(None, post["description"], field=post["salary_text"]).result
    place = parse_location(post["location"], post["remote"], post["description"])
    return {
        "role": classify_role(post["title"], post["description"]).role,
        "seniority": classify_seniority(post["title"], post["description"]).level,
        "skills": [hit.name for hit in extract_skills("", post["description"])],
        "salary": salary
        and {
            "min": salary.min,
            "max": salary.max,
            "currency": salary.currency,
            "period": salary.period,
        },
        "work_mode": place.work_mode,
        "country": place.country,
        "metro": place.metro,
    }


def evaluate() -> DatasetResult:
    posts = load()
    right = dict.fromkeys(FIELDS, 0)
    pairs_hit = pairs_predicted = pairs_gold = 0
    misses: list[dict[str, Any]] = []
    for post in posts:
        got, want = predict(post), post["labels"]
        for field in FIELDS:
            ok = got[field] == want[field]
            right[field] += ok
            if not ok:
                misses.append(
                    {
                        "id": post["id"],
                        "field": field,
                        "want": want[field],
                        "got": got[field],
                        "title": post["title"],
                    }
                )
        found, wanted = set(got["skills"]), set(want["skills"])
        pairs_hit += len(found & wanted)
        pairs_predicted, pairs_gold = pairs_predicted + len(found), pairs_gold + len(wanted)
        if found != wanted:
            misses.append(
                {
                    "id": post["id"],
                    "field": "skills",
                    "extra": sorted(found - wanted),
                    "missing": sorted(wanted - found),
                }
            )
    n = len(posts)
    measures = [
        Measure(
            f"generated.{f}",
            f"{f.replace('_', ' ')} accuracy",
            ratio(right[f], n),
            n,
            "postings whose prediction equals the label / postings",
        )
        for f in FIELDS
    ]
    measures += [
        Measure(
            "generated.skills_precision",
            "skills precision",
            ratio(pairs_hit, pairs_predicted),
            pairs_predicted,
            "predicted (posting, skill) pairs that are labeled / predicted",
        ),
        Measure(
            "generated.skills_recall",
            "skills recall",
            ratio(pairs_hit, pairs_gold),
            pairs_gold,
            "labeled (posting, skill) pairs that are predicted / labeled",
        ),
    ]
    return DatasetResult("all", "generated set (regression fixture)", n, measures, NOTES, misses)
