"""Guarantees the demo needs: enough paid postings per seed-page role, every pay format present."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from tools.sample.synth.locations import PLACES
from tools.sample.synth.pay import Pay, base_range, make_pay, text_formats
from tools.sample.synth.pay_text import FORMATS
from tools.sample.synth.roles import FOCUS, FOCUS_MIN_PAID

if TYPE_CHECKING:
    import random

    from tools.sample.synth.spec import Spec


def top_up_focus_pay(specs: list[Spec], rng: random.Random) -> None:
    """Give unpaid US postings of the seed-page roles a salary until each has a safe margin."""
    for key in FOCUS:
        mine = [i for i, s in enumerate(specs) if s.role.key == key]
        paid = [i for i in mine if usd_annual(specs[i])]
        spare = [i for i in mine if specs[i].pay is None and _currency(specs[i]) == "USD"]
        for i in spare[: max(0, FOCUS_MIN_PAID + 4 - len(paid))]:
            s = specs[i]
            pay = make_pay(s.role, s.level, s.title, PLACES[s.location], rng, structured_ok=True)
            specs[i] = replace(s, pay=pay)


def cover_formats(specs: list[Spec], rng: random.Random) -> None:
    """Make sure every text pay format appears at least once (one unpaid posting takes it on)."""
    for fmt in FORMATS:
        if any(s.pay is not None and s.pay.fmt == fmt for s in specs):
            continue
        fits = [i for i, s in enumerate(specs) if s.pay is None and _fits(s, fmt)]
        if fits:
            i = rng.choice(fits)
            specs[i] = replace(specs[i], pay=_text_pay(specs[i], fmt))


# Titles the brief names: each must appear verbatim in the newest week (role key, title, level).
MUST_TITLES = (
    ("aiml", "Machine Learning Engineer", "mid"),
    ("aiml", "ML Engineer", "mid"),
    ("aiml", "Senior Machine Learning Engineer", "senior"),
    ("aiml", "AI/ML Engineer", "mid"),
    ("aiml", "Applied ML Engineer", "mid"),
    ("aiml", "Staff ML Engineer, Ranking", "staff"),
    ("aiswe", "AI Engineer", "mid"),
    ("aiswe", "Software Engineer, AI", "mid"),
    ("aiswe", "Senior Software Engineer - AI Platform", "senior"),
    ("aiswe", "Full Stack Engineer (AI Products)", "mid"),
    ("aiswe", "AI Application Engineer", "mid"),
    ("mlops", "MLOps Engineer", "mid"),
    ("mlops", "ML Platform Engineer", "mid"),
    ("mlops", "ML Infrastructure Engineer", "mid"),
    ("mlops", "Machine Learning Operations Engineer", "mid"),
    ("research", "Research Scientist", "mid"),
    ("research", "Research Engineer, LLMs", "mid"),
    ("sales", "Account Executive", "mid"),
    ("recruit", "Recruiter", "mid"),
    ("ga", "Office Manager", "mid"),
    ("ga", "Staff Accountant", "mid"),
    ("care", "Senior Care Coordinator", "mid"),
)


def cover_titles(specs: list[Spec], rng: random.Random) -> None:
    """Retitle one posting of the role for each named title that the draw left out."""
    wanted = {title for _, title, _ in MUST_TITLES}
    for key, title, level in MUST_TITLES:
        seen = Counter(s.posted_title for s in specs)
        if seen[title]:
            continue
        # a posting whose title is itself wanted may give it up only if another keeps it
        mine = [
            i
            for i, s in enumerate(specs)
            if s.role.key == key and (s.posted_title not in wanted or seen[s.posted_title] > 1)
        ]
        i = rng.choice(mine)
        spec = replace(specs[i], title=title, level=level, noise="")
        specs[i] = replace(spec, pay=_repriced(spec))


def _repriced(spec: Spec) -> Pay | None:
    """The same way of stating pay, with the figures of the new level."""
    if spec.pay is None:
        return None
    low, high, period = base_range(spec.role, spec.level, spec.title, PLACES[spec.location])
    return replace(spec.pay, low=None if spec.pay.low is None else low, high=high, period=period)


def usd_annual(spec: Spec) -> bool:
    return spec.pay is not None and spec.pay.currency == "USD" and spec.pay.period == "year"


def _fits(spec: Spec, fmt: str) -> bool:
    if spec.role.profile == "fixed":
        return False
    place = PLACES[spec.location]
    _, _, period = base_range(spec.role, spec.level, spec.title, place)
    return fmt in text_formats(place.currency, period, place.metro)


def _text_pay(spec: Spec, fmt: str) -> Pay:
    place = PLACES[spec.location]
    low, high, period = base_range(spec.role, spec.level, spec.title, place)
    return Pay(None if fmt == "up_to" else low, high, place.currency, period, fmt, False)


def _currency(spec: Spec) -> str:
    return PLACES[spec.location].currency
