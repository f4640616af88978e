"""Two recorded weeks: closings, new postings, reposts and salary changes between them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tools.sample.synth.companies import COMPANIES, Company
from tools.sample.synth.coverage import cover_formats, cover_titles, top_up_focus_pay
from tools.sample.synth.factory import IdMaker, make_spec, place_roles
from tools.sample.synth.locations import PLACES
from tools.sample.synth.pay import make_pay, raised
from tools.sample.synth.roles import RoleSpec, all_roles

if TYPE_CHECKING:
    from tools.sample.synth.spec import Spec

WEEK1, WEEK2 = dt.date(2026, 11, 9), dt.date(2026, 11, 16)
CUT1 = dt.datetime(2026, 11, 9, 6, 0, tzinfo=dt.UTC)  # when each week's crawl was recorded
CUT2 = dt.datetime(2026, 11, 16, 6, 0, tzinfo=dt.UTC)
OLD = (dt.datetime(2026, 7, 20, 13, 0, tzinfo=dt.UTC), CUT1 - dt.timedelta(days=1))
NEW = (CUT1 + dt.timedelta(hours=3), CUT2 - dt.timedelta(hours=6))
Window = tuple[dt.datetime, dt.datetime]
N_NEW, N_CLOSED, N_REPLACED, N_DUPLICATED, N_RAISED = 36, 30, 3, 4, 5


@dataclass(frozen=True)
class Listing:
    spec: Spec
    repost_of: int | None = None  # id of the posting this one re-posts (same job, new id)


def build_weeks(seed: int = 20261116) -> dict[dt.date, list[Listing]]:
    """Both weeks' listings, fully determined by the seed."""
    rng = random.Random(seed)
    ids = IdMaker(rng)
    pairs = place_roles(all_roles(), COMPANIES, rng)
    rng.shuffle(pairs)
    specs = [make_spec(c, r, NEW, CUT2, ids, rng) for c, r in pairs[:N_NEW]]
    specs += [make_spec(c, r, OLD, CUT1, ids, rng) for c, r in pairs[N_NEW:]]
    cover_titles(specs, rng)
    top_up_focus_pay(specs, rng)
    cover_formats(specs, rng)
    fresh, carried = specs[:N_NEW], specs[N_NEW:]
    closed = [make_spec(c, r, OLD, CUT1, ids, rng) for c, r in _closed_pairs(rng)]
    changes = _pick_changes(carried, rng)
    dup1, dup2 = _duplicates([carried[i] for i in changes["duplicated"]], ids, rng)
    week1 = [Listing(s) for s in carried + closed] + dup1
    week2 = [Listing(s) for s in fresh] + _carry_over(carried, changes, ids, rng) + dup1 + dup2
    return {WEEK1: week1, WEEK2: week2}


def _pick_changes(carried: list[Spec], rng: random.Random) -> dict[str, list[int]]:
    """Which carried postings get reposted, duplicated, re-priced or newly priced: all distinct."""
    paid = [i for i, s in enumerate(carried) if s.pay is not None]
    priced = rng.sample(paid, N_RAISED)
    unpaid = [i for i, s in enumerate(carried) if s.pay is None and _usd(s)]
    newly_paid = rng.sample(unpaid, 1)
    rest = [i for i in range(len(carried)) if i not in priced and i not in newly_paid]
    moved = rng.sample(rest, N_REPLACED + N_DUPLICATED)
    return {
        "priced": priced,
        "newly_paid": newly_paid,
        "replaced": moved[:N_REPLACED],
        "duplicated": moved[N_REPLACED:],
    }


def _closed_pairs(rng: random.Random) -> list[tuple[Company, RoleSpec]]:
    """Postings that were open in the first week only, with roles in the same proportions."""
    roles = all_roles()
    pairs = []
    for role in rng.choices(roles, weights=[r.quota for r in roles], k=N_CLOSED):
        weights = [c.affinity.get(role.key, 1.0) * c.size for c in COMPANIES]
        pairs.append((rng.choices(COMPANIES, weights=weights)[0], role))
    return pairs


def _carry_over(
    carried: list[Spec], changes: dict[str, list[int]], ids: IdMaker, rng: random.Random
) -> list[Listing]:
    """Week 2's view of the carried postings: a few reposted, re-priced or just touched."""
    out = []
    for i, spec in enumerate(carried):
        if i in changes["replaced"]:
            out.append(_repost(spec, ids, rng))
            continue
        changed = i in changes["priced"] or i in changes["newly_paid"]
        if i in changes["priced"] and spec.pay is not None:
            spec = replace(spec, pay=raised(spec.pay, rng))
        elif changed:
            place = PLACES[spec.location]
            pay = make_pay(spec.role, spec.level, spec.title, place, rng, place.currency == "USD")
            spec = replace(spec, pay=pay)
        if changed or rng.random() < 0.1:
            spec = replace(spec, updated=_between(rng))
        out.append(Listing(spec))
    return out


def _duplicates(
    picks: list[Spec], ids: IdMaker, rng: random.Random
) -> tuple[list[Listing], list[Listing]]:
    """Jobs posted twice on one board (new id, same everything else): older and newer copies."""
    half = len(picks) // 2
    old = [_repost(s, ids, rng, window=(s.published, CUT1)) for s in picks[:half]]
    return old, [_repost(s, ids, rng) for s in picks[half:]]


def _repost(spec: Spec, ids: IdMaker, rng: random.Random, window: Window | None = None) -> Listing:
    start, end = window or NEW
    published = start + (end - start) * rng.random()
    new_id = ids.job_id(spec.company, published)
    copy = replace(spec, job_id=new_id, published=published, updated=published)
    return Listing(copy, repost_of=spec.job_id)


def _between(rng: random.Random) -> dt.datetime:
    return NEW[0] + (NEW[1] - NEW[0]) * rng.random()


def _usd(spec: Spec) -> bool:
    return PLACES[spec.location].currency == "USD"
