"""Guarantees the demo needs: enough paid postings per seed-page role, every pay format present."""

from __future__ import annotations

import random
from dataclasses import replace

from crawlers.sample.synth.locations import PLACES
from crawlers.sample.synth.pay import Pay, base_range, make_pay, text_formats
from crawlers.sample.synth.pay_text import FORMATS
from crawlers.sample.synth.roles import FOCUS, FOCUS_MIN_PAID
from crawlers.sample.synth.spec import Spec


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
