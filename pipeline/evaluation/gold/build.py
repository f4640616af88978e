"""Compose the gold set from its hand-written parts (run as a module: see the README here)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
PARTS, OUT = HERE / "parts.yaml", HERE / "postings.jsonl"
SIZE = 330
COMPANIES = [
    "Northwind Labs, Inc.",
    "Helio Robotics",
    "Quanta Health Ltd",
    "Bluefin Analytics GmbH",
    "Orbital Freight",
    "Lumen Bank plc",
    "Cedar AI",
    "Kestrel Learning",
    "Tidepool Energy LLC",
    "Marble Retail Group",
    "Vanta Mobility",
    "Fernhill Insurance",
]
INTROS = [
    "Join {company}, where we build software for logistics teams.",
    "{company} helps hospitals plan their staffing.",
    "At {company} we make retail banking simpler.",
    "{company} builds tools for climate research.",
    "We are {company}, an online education company.",
    "{company} runs the marketplace for independent stores.",
    "Our team at {company} works on route planning for delivery fleets.",
]


def _skills_for(parts: dict[str, Any], i: int) -> tuple[list[str], list[str]]:
    pool = parts["skills"]
    picks = [pool[(i * 3) % len(pool)], pool[(i * 3 + 7 + i // len(pool)) % len(pool)]]
    if picks[0] is picks[1]:
        picks = picks[:1]
    names: list[str] = []
    for _, skills in picks:
        names.extend(s for s in skills if s not in names)
    return [sentence for sentence, _ in picks], names


def posting(parts: dict[str, Any], i: int) -> dict[str, Any]:
    """The i-th gold posting: parts chosen by fixed strides, labels taken from the parts."""
    title, role, title_level = parts["titles"][i % len(parts["titles"])]
    nt = len(parts["titles"])
    location, remote, mode, country, metro = parts["locations"][(i * 7 + i // nt) % 31]
    field, pay, low, high, currency, period = parts["salaries"][
        (i * 5 + 3) % len(parts["salaries"])
    ]
    years, years_level = parts["years"][(i + i // nt) % len(parts["years"])]
    company = COMPANIES[i % len(COMPANIES)]
    sentences, skills = _skills_for(parts, i)
    intro = INTROS[(i // 3) % len(INTROS)].format(company=company.split(",")[0])
    description = " ".join(s for s in [intro, *sentences, years, pay] if s)
    salary = (
        None
        if high is None and low is None
        else {"min": low, "max": high, "currency": currency, "period": period}
    )
    return {
        "id": f"gold-{i + 1:04d}",
        "title": title,
        "company": company,
        "location": location,
        "remote": remote,
        "salary_text": field,
        "description": description,
        "labels": {
            "role": role,
            "seniority": title_level or years_level,
            "skills": skills,
            "salary": salary,
            "work_mode": mode,
            "country": country,
            "metro": metro,
        },
    }


def build() -> list[dict[str, Any]]:
    parts = yaml.safe_load(PARTS.read_text(encoding="utf-8"))
    assert len(parts["locations"]) == 31, "the location stride assumes 31 locations (a prime)"
    return [posting(parts, i) for i in range(SIZE)]


def write(path: Path = OUT) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for row in build():
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


if __name__ == "__main__":
    write()
    print(f"wrote {SIZE} postings to {OUT}")
