"""One generated posting before it is rendered as Greenhouse JSON, and its ground-truth labels."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tools.sample.synth.levels import SENIORITY
from tools.sample.synth.locations import PLACES

if TYPE_CHECKING:
    import datetime as dt

    from tools.sample.synth.companies import Company
    from tools.sample.synth.pay import Pay
    from tools.sample.synth.roles import RoleSpec


@dataclass(frozen=True)
class Spec:
    company: Company
    role: RoleSpec
    level: str
    title: str  # as the company means it
    location: str  # a key of PLACES
    dept: str
    skills: tuple[str, ...]
    pay: Pay | None
    job_id: int
    internal_id: int
    requisition: str
    published: dt.datetime
    updated: dt.datetime
    text_seed: int  # seeds the prose, so a repost or a re-crawl renders the same content
    states_years: bool = True  # False: the text never says how much experience it wants
    noise: str = ""  # what the board shows after the title: " (Remote)", " - Boston", " "

    @property
    def posted_title(self) -> str:
        return self.title + self.noise

    @property
    def seniority(self) -> str | None:
        """What the title and text support: a plain title with no years asked for is unknown."""
        if self.role.profile == "fixed" and self.title.startswith("Senior"):
            return "senior"
        if self.role.profile == "fixed" or self.level == "mid":
            return "mid" if self.states_years else None
        return SENIORITY[self.level]

    def label(self) -> dict[str, object]:
        """What a perfect pipeline would extract from this posting."""
        pay, place = self.pay, PLACES[self.location]
        return {
            "board": self.company.token,
            "id": self.job_id,
            "title": self.posted_title.strip(),
            "company": self.company.name,
            "role": self.role.name or "",
            "seniority": self.seniority or "",
            "work_mode": place.mode,
            "metro": place.metro or "Remote",
            "salary_min": "" if pay is None or pay.low is None else pay.low,
            "salary_max": "" if pay is None else pay.high,
            "salary_currency": "" if pay is None else pay.currency,
            "salary_period": "" if pay is None else pay.period,
            "salary_source": "" if pay is None else ("structured" if pay.structured else "text"),
            # what the generator meant to mention; the text may name more (AWS (SageMaker, S3))
            "skills_intended": "|".join(sorted(self.skills)),
        }
