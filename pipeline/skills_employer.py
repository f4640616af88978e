"""The employer's own products are not skills it asks for: Azure in Microsoft's postings.

A skill is the employer's product when its name or one of its spellings in skills.csv is the
company's name or starts with it ("microsoft azure", "microsoft excel", "google cloud"): the
posting names it because the employer builds or sells it (the gold set's labelling rules,
pipeline/evaluation/real_gold/README.md, "skills"). Open-source stewards lend their name to
projects they do not sell, so a company of that name (Apache Corporation) is another firm.
The product is a skill again where the posting asks the candidate for it ("Experience in Azure",
"Competency in Microsoft Office"), at any mention of it: that names what the job needs, not what
the employer makes.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from jobwatch.pipeline.memo import memo
from jobwatch.pipeline.skills import skill_spellings
from jobwatch.pipeline.textmatch import phrase_key

if TYPE_CHECKING:
    from collections.abc import Sequence

_STEWARDS = frozenset({"apache", "eclipse", "linux", "mozilla"})
# Asked of the candidate: a cue, then at most a few words of the same sentence, before the product
_ASKED = re.compile(
    r"\b(?:experience[ds]?|expertise|competen(?:cy|ce|t)|proficien(?:cy|t)|knowledge|"
    r"familiar(?:ity)?|skills?|skilled|fluen(?:cy|t)|hands[\s-]on)\b[^.;:!?\n]{0,45}$",
    re.I,
)
_REACH = 80
_WHOSE = re.compile(r"\b(?:every|single|the|our|user|customer|client|guest|patient)\s+$", re.I)


@cache
def _by_first_word() -> dict[str, list[tuple[str, str]]]:
    """(spelling, skill id) of every name and alias, by the spelling's first word."""
    found: dict[str, list[tuple[str, str]]] = {}
    for key, skill in skill_spellings().items():
        found.setdefault(key.split(" ", 1)[0], []).append((key, skill.id))
    return found


@memo  # a pure function of the company's name; a week's postings repeat their employers
def own_products(company: str) -> frozenset[str]:
    """Ids of the skills that are `company`'s own products (its normalized display name)."""
    name = phrase_key(company)
    if not name or name in _STEWARDS:
        return frozenset()
    prefix = name + " "
    spellings = _by_first_word().get(name.split(" ", 1)[0], [])
    return frozenset(i for key, i in spellings if key == name or key.startswith(prefix))


def without_own_products(
    hits: Sequence[tuple[str, str, str, int, int]], text: str, company: str | None
) -> list[tuple[str, str, str, int, int]]:
    """skill_mentions' hits (offsets into `text`, title + "\\n" + description) less the
    employer's own products, unless the posting asks the candidate for one."""
    own = own_products(company) if company else frozenset()
    if not own:
        return list(hits)
    return [hit for hit in hits if hit[0] not in own or _asked(text, hit[2], hit[3])]


def _asked(text: str, written: str, start: int) -> bool:
    """Some mention of the product, as written at `start` (its first) or later, is asked of
    the candidate: a posting names its employer's Azure team first and asks for "Technical
    knowledge of Azure" further down."""
    if _asked_at(text, start):
        return True
    later = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)")
    return any(_asked_at(text, m.start()) for m in later.finditer(text, start + len(written)))


def _asked_at(text: str, start: int) -> bool:
    cue = _ASKED.search(text, max(0, start - _REACH), start)
    # "every single experience with Square", "the customer experience": someone else's
    return cue is not None and not _WHOSE.search(text, max(0, cue.start() - 20), cue.start())
