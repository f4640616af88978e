"""Seniority levels: how often each appears, how it shows in a title, and the years asked for."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

LEVELS = (
    "intern",
    "new_grad",
    "junior",
    "associate",
    "mid",
    "mid2",
    "senior",
    "senior3",
    "staff",
    "principal",
    "lead",
    "head",
)

PROFILES: dict[str, tuple[int, ...]] = {
    #            in ng jr as mid m2 sr s3 st pr ld hd
    "junior": (6, 4, 6, 4, 40, 8, 20, 2, 4, 1, 3, 2),
    "balanced": (3, 2, 3, 2, 36, 8, 26, 3, 7, 3, 4, 2),
    "senior": (1, 1, 1, 1, 26, 6, 38, 3, 12, 5, 4, 2),
}

SENIORITY = {
    "intern": "entry",
    "new_grad": "entry",
    "junior": "entry",
    "associate": "entry",
    "mid": "mid",
    "mid2": "mid",
    "senior": "senior",
    "senior3": "senior",
    "staff": "senior",
    "principal": "senior",
    "lead": "senior",
    "head": "senior",
}

# Base pay relative to a mid-level hire.
PAY_FACTOR = {
    "intern": 0.0,
    "new_grad": 0.74,
    "junior": 0.72,
    "associate": 0.78,
    "mid": 1.0,
    "mid2": 1.08,
    "senior": 1.27,
    "senior3": 1.25,
    "staff": 1.45,
    "principal": 1.62,
    "lead": 1.36,
    "head": 1.6,
}

YEARS = {
    "new_grad": ("0-2", "1+"),
    "junior": ("1+", "0-2"),
    "associate": ("1-3", "1+"),
    "mid": ("3+", "2-4", "3-5"),
    "mid2": ("3+", "4+"),
    "senior": ("5+", "6+", "5-8"),
    "senior3": ("6+",),
    "staff": ("8+", "10+"),
    "principal": ("10+", "12+"),
    "lead": ("7+", "6+"),
    "head": ("10+",),
}

_FORMS = {
    # the specialisation stays: "Software Engineer, AI" is an AI role, "Software Engineer" is not
    "intern": ("{core} Intern{rest}", "{core} Intern{rest} (Summer 2027)", "Intern - {base}"),
    "new_grad": ("{base} (New Grad)", "New Grad {base} (2027)"),
    "junior": ("Junior {base}", "Jr. {base}"),
    "associate": ("Associate {base}",),
    "mid": ("{base}", "{base}", "{base}"),
    "mid2": ("{core} II{rest}",),
    "senior": ("Senior {base}", "Senior {base}", "Sr. {base}"),
    "senior3": ("{core} III{rest}",),
    "staff": ("Staff {base}",),
    "principal": ("Principal {base}",),
    "lead": ("Lead {base}", "{core} Lead{rest}"),
}


def pick_level(profile: str, rng: random.Random) -> str:
    return rng.choices(LEVELS, weights=PROFILES[profile])[0]


def title_for(base: str, level: str, head: str, rng: random.Random) -> str:
    """A realistic title for a base title at a level ("Staff ML Engineer, Ranking")."""
    if level == "head":
        return head
    core, rest = split_base(base)
    form = rng.choice(_FORMS[level])
    return form.format(base=base, core=core, rest=rest)


def split_base(base: str) -> tuple[str, str]:
    """'ML Engineer, Ranking' -> ('ML Engineer', ', Ranking'): levels attach to the core."""
    match = re.search(r",| - | \(", base)
    if not match:
        return base, ""
    return base[: match.start()], base[match.start() :]
