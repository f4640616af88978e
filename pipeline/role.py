"""Role classification from the title (rules in taxonomy/roles.yaml), else description evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jobwatch.pipeline.memo import memo
from jobwatch.pipeline.prefilter import Prefilter
from jobwatch.pipeline.role_terms import TermMatcher
from jobwatch.pipeline.taxonomy import read_yaml

TITLE_CONFIDENCE = 0.9
# Description-only evidence is weaker: 0.45 for two distinct terms, up to 0.6 for five or more.
DESCRIPTION_BASE, DESCRIPTION_STEP, DESCRIPTION_MAX = 0.35, 0.05, 0.6
MIN_DESCRIPTION_TERMS = 2

_LEAD_SEGMENT = re.compile(r"\s*(?:,|\s-\s|\(|\||:|/ )")
# Compiled once: re.sub(pattern, ...) pays a cache lookup per call (~1 us, titles are short).
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class RoleResult:
    role_id: str | None
    role: str | None
    confidence: float
    evidence: str | None


@dataclass(frozen=True)
class _Role:
    id: str
    name: str
    title_rules: tuple[re.Pattern[str], ...]
    any_rule: re.Pattern[str]  # the rules as one alternation: matches iff one of them does
    terms: re.Pattern[str] | None  # the definition _term_matcher finds the same matches of
    term_words: tuple[str, ...]


NO_ROLE = RoleResult(None, None, 0.0, None)


# A title may name the job in the plural ("Data Engineers", "ML Researchers" in a hiring post):
# the role's rules are written for one person.
_PLURAL_HEAD = re.compile(
    r"\b(engineer|developer|scientist|analyst|architect|programmer|researcher|designer|"
    r"manager|specialist|consultant|lead)s\b"
)


def normalize_title(title: str) -> str:
    """Lower-case, unify dashes, spell '&' as 'and', collapse whitespace, heads in the
    singular."""
    text = _DASHES.sub("-", title.lower()).replace("&", " and ")
    return _PLURAL_HEAD.sub(r"\1", _SPACES.sub(" ", text).strip())


def _terms_pattern(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    alternation = "|".join(re.escape(t.lower()) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


@cache
def _taxonomy() -> tuple[tuple[_Role, ...], re.Pattern[str], re.Pattern[str]]:
    data = read_yaml("roles.yaml")
    roles = tuple(
        _Role(
            id=r["id"],
            name=r["name"],
            title_rules=tuple(re.compile(p) for p in r["title_rules"]),
            any_rule=re.compile("|".join(f"(?:{p})" for p in r["title_rules"])),
            terms=_terms_pattern(r.get("description_terms") or []),
            term_words=tuple(t.lower() for t in r.get("description_terms") or []),
        )
        for r in data["roles"]
    )
    excluded = re.compile(r"\b(?:" + "|".join(data["excluded_functions"]) + r")\b")
    return roles, excluded, re.compile(data["generic_heads"])


@cache
def _term_matcher() -> TermMatcher:
    return TermMatcher([role.term_words for role in _taxonomy()[0]])


@cache
def _title_words() -> Prefilter:
    """Which roles' title rules can match a title, from the words their matches hold: most
    titles name no role, and one Aho-Corasick pass over the title rules out most roles (one
    alternation of every rule cost ~12 us a title, re trying it at each character)."""
    return Prefilter([role.any_rule for role in _taxonomy()[0]])


def roles() -> list[tuple[str, str]]:
    """(id, display name) of every role, in taxonomy order."""
    return [(r.id, r.name) for r in _taxonomy()[0]]


def _by_title(title: str) -> RoleResult | None:
    for role, possible in zip(_taxonomy()[0], _title_words().possible(title), strict=True):
        # One search per role instead of one per rule (61 rules, ~1 us a search on a title);
        # the rules are tried one by one only in the role that matches, for the evidence.
        if not possible or not role.any_rule.search(title):
            continue
        for rule in role.title_rules:
            match = rule.search(title)
            if match:
                evidence = f"title: '{match.group(0)}'"
                return RoleResult(role.id, role.name, TITLE_CONFIDENCE, evidence)
    return None


def _by_description(text: str) -> RoleResult | None:
    """The role whose description terms the lower-cased text names most (one pass for all)."""
    return _best_by_terms(_term_matcher().find(text))


def _by_description_reference(text: str) -> RoleResult | None:
    """_by_description by each role's regex (a whole-text scan per role): the definition."""
    roles = _taxonomy()[0]
    return _best_by_terms(
        [[m.group(0) for m in r.terms.finditer(text)] if r.terms else [] for r in roles]
    )


def _best_by_terms(per_role: list[list[str]]) -> RoleResult | None:
    best: tuple[int, _Role, list[str]] | None = None
    for role, terms in zip(_taxonomy()[0], per_role, strict=True):
        found = list(dict.fromkeys(terms))
        if len(found) >= MIN_DESCRIPTION_TERMS and (best is None or len(found) > best[0]):
            best = (len(found), role, found)
    if best is None:
        return None
    count, role, found = best
    confidence = min(DESCRIPTION_MAX, DESCRIPTION_BASE + DESCRIPTION_STEP * count)
    evidence = "description: " + ", ".join(f"'{t}'" for t in found[:5])
    return RoleResult(role.id, role.name, round(confidence, 2), evidence)


def classify_role(
    title: str, description_text: str | None = None, lowered_description: str | None = None
) -> RoleResult:
    """Role of a posting; NO_ROLE (role None) for non-AI/data postings. `lowered_description` is
    description_text.lower() when the caller has it."""
    found, generic = _from_title(title or "")
    if found is None and description_text and generic:
        lowered = lowered_description
        found = _by_description(description_text.lower() if lowered is None else lowered)
    return found or NO_ROLE


@memo  # a pure function of the title (~25 us of regex searches)
def _from_title(title: str) -> tuple[RoleResult | None, bool]:
    """The role the title rules give (NO_ROLE for an excluded function), and whether the title
    is generic enough for the description to decide when they give none."""
    clean = normalize_title(title)
    _, excluded, generic = _taxonomy()
    lead = _LEAD_SEGMENT.split(clean, maxsplit=1)[0]
    if not clean or excluded.search(lead):
        return NO_ROLE, False
    found = _by_title(clean)
    return found, found is None and generic.fullmatch(lead) is not None
