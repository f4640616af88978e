"""Make posting specs: place roles at companies, then draw title, place, skills, pay and dates."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from tools.sample.synth.levels import pick_level, title_for
from tools.sample.synth.locations import PLACES
from tools.sample.synth.pay import choose_pay
from tools.sample.synth.skills import pick_skills
from tools.sample.synth.spec import Spec

if TYPE_CHECKING:
    import random

    from tools.sample.synth.companies import Company
    from tools.sample.synth.roles import RoleSpec

EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def place_roles(
    roles: tuple[RoleSpec, ...], companies: tuple[Company, ...], rng: random.Random
) -> list[tuple[Company, RoleSpec]]:
    """Every role's quota spread over companies by affinity, filling each company to its size."""
    room = {c.token: c.size for c in companies}
    pairs = []
    for role in roles:
        for _ in range(role.quota):
            weights = [c.affinity.get(role.key, 1.0) * room[c.token] for c in companies]
            if not any(weights):  # only companies that never hire this role have room left
                weights = [float(room[c.token]) for c in companies]
            company = rng.choices(companies, weights=weights)[0]
            room[company.token] -= 1
            pairs.append((company, role))
    return pairs


class IdMaker:
    """Greenhouse-like ids: they grow with time and end in the account's three-digit suffix."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.used = rng, set[int]()

    def job_id(self, company: Company, published: dt.datetime) -> int:
        days = (published - EPOCH).days
        while True:
            n = (5_000_000 + days * 1500 + self.rng.randrange(1500)) * 1000 + company.suffix
            if n not in self.used:
                self.used.add(n)
                return n

    def internal_id(self, company: Company) -> int:
        return (3_000_000 + self.rng.randrange(2_000_000)) * 1000 + company.suffix


def make_spec(
    company: Company,
    role: RoleSpec,
    window: tuple[dt.datetime, dt.datetime],
    cutoff: dt.datetime,
    ids: IdMaker,
    rng: random.Random,
) -> Spec:
    """One posting of `role` at `company`, first published inside `window`, seen at `cutoff`."""
    level = "mid" if role.profile == "fixed" else pick_level(role.profile, rng)
    if level == "head" and not role.head:
        level = "staff"
    base = rng.choice(role.bases)
    title = base if role.profile == "fixed" else title_for(base, level, role.head, rng)
    location = _pick_place(company, role, rng)
    published = _between(window, rng)
    return Spec(
        company=company,
        role=role,
        level=level,
        title=title,
        noise=_noise(title, location, rng),
        location=location,
        dept=rng.choice(role.depts),
        skills=tuple(pick_skills(role.skills, rng)),
        pay=choose_pay(role, level, title, PLACES[location], rng),
        job_id=ids.job_id(company, published),
        internal_id=ids.internal_id(company),
        requisition=_requisition(company, rng),
        published=published,
        updated=_between((published, cutoff), rng),
        text_seed=rng.randrange(2**31),
        states_years=rng.random() >= 0.15,
    )


def _pick_place(company: Company, role: RoleSpec, rng: random.Random) -> str:
    if rng.random() < role.remote_p * company.remote_factor:
        return rng.choice(company.remote)
    names = [name for name, _ in company.places]
    return rng.choices(names, weights=[w for _, w in company.places])[0]


def _noise(title: str, location: str, rng: random.Random) -> str:
    """Titles as companies really type them: a location suffix, a stray trailing space."""
    roll, place = rng.random(), PLACES[location]
    if roll < 0.03 and place.mode == "remote":
        return " (Remote)"
    if roll < 0.06 and place.mode == "onsite" and "(" not in title:
        return f" - {place.metro}"
    return " " if roll > 0.97 else ""


def _requisition(company: Company, rng: random.Random) -> str:
    n = rng.randrange(100, 9999)
    return (f"R-{n:04d}", str(n), f"REQ{n}")[company.suffix % 3]


def _between(window: tuple[dt.datetime, dt.datetime], rng: random.Random) -> dt.datetime:
    start, end = window
    seconds = int((end - start).total_seconds())
    return start + dt.timedelta(seconds=rng.randrange(max(seconds, 1)))
