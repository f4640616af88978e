"""What a role looks like in postings: titles, skills, pay, remote share, prose."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RoleSpec:
    key: str  # short key used by company affinities
    name: str | None  # taxonomy display name; None for roles outside the taxonomy
    quota: int  # postings in week 2026-11-16
    bases: tuple[str, ...]  # plain (mid-level) titles
    head: str  # the "Head of" title ("" = no such level)
    profile: str  # seniority profile (levels.PROFILES), "fixed" = titles used as written
    depts: tuple[str, ...]
    skills: tuple[tuple[str, float], ...]  # skill -> probability that a posting mentions it
    pay_mid: int  # USD base midpoint of a mid-level hire in SF/NY
    remote_p: float
    disclose_p: float  # share of postings that state pay at all
    domain: str  # "5+ years of experience in <domain>"
    mission: str  # one sentence: "you will ..."
    duties: tuple[str, ...]


def all_roles() -> tuple[RoleSpec, ...]:
    """Every role of the sample, smallest quota first (specialised roles are placed first)."""
    from tools.sample.synth import roles_data, roles_eng, roles_other

    specs = roles_other.ROLES + roles_data.ROLES + roles_eng.ROLES
    return tuple(sorted(specs, key=lambda r: r.quota))


# Roles whose postings the seed comparison pages are about: each needs plenty of disclosed pay.
FOCUS = ("aiml", "aiswe", "mlops")
FOCUS_MIN_PAID = 28
