"""Taxonomy data files (roles, skills, places, FX rates) and their version string."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

import yaml

TAXONOMY_DIR = Path(__file__).resolve().parent
# Any change to a data file here bumps VERSION: normalized output is keyed by it.
TAXONOMY_VERSION: str = (TAXONOMY_DIR / "VERSION").read_text(encoding="utf-8").strip()


@cache
def read_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a taxonomy CSV file as dicts (blank cells are empty strings)."""
    with (TAXONOMY_DIR / name).open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return tuple({k: (v or "").strip() for k, v in row.items()} for row in rows)


@cache
def read_yaml(name: str) -> Any:
    """A taxonomy YAML file, parsed once per process."""
    with (TAXONOMY_DIR / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def skill_rows() -> tuple[dict[str, str], ...]:
    """The skills: skills.csv (curated) then tech_skills.csv (derived by build_tech_skills.py,
    whose rows may repeat a skills.csv id to add spellings to that skill)."""
    return read_csv("skills.csv") + read_csv("tech_skills.csv")
