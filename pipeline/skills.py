"""Skill mentions from taxonomy/skills.csv in one Aho-Corasick pass; short names need context."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.taxonomy import read_csv
from pipeline.textmatch import PhraseMatcher, phrase_key


@dataclass(frozen=True)
class SkillHit:
    id: str
    name: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Skill:
    id: str
    name: str
    category: str
    context_required: bool


@dataclass(frozen=True)
class _Taxonomy:
    matcher: PhraseMatcher  # built once per process (cached with the taxonomy)
    by_key: dict[str, Skill]
    weak_keys: frozenset[str]  # keys that count only in a programming/tool context


def _is_weak(alias: str, skill: Skill) -> bool:
    # The bare name of an ambiguous skill, or a short all-letter alias, needs context; longer or
    # decorated aliases ("golang", "apache spark", "rstudio") speak for themselves. An alias
    # written "~word" is an ordinary word for a skill that is not ambiguous itself ("~node").
    if alias.startswith("~"):
        return True
    key = phrase_key(alias)
    short = key.isalpha() and len(key) <= 4
    return skill.context_required and (key == phrase_key(skill.name) or short)


@cache
def _taxonomy() -> _Taxonomy:
    by_key: dict[str, Skill] = {}
    weak: set[str] = set()
    for row in read_csv("skills.csv"):
        skill = Skill(row["id"], row["name"], row["category"], row["context_required"] == "1")
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = phrase_key(alias.removeprefix("~"))
            if key in by_key and by_key[key].id != skill.id:
                owner = by_key[key].id
                raise ValueError(f"skills.csv: alias {alias!r} used by {owner} and {skill.id}")
            by_key[key] = skill
            if _is_weak(alias, skill):
                weak.add(key)
    return _Taxonomy(PhraseMatcher(by_key), by_key, frozenset(weak))


def skills() -> list[Skill]:
    """Every skill in the taxonomy, once."""
    return list({s.id: s for s in _taxonomy().by_key.values()}.values())


# A weak hit glued to a word by these is part of something else: "go-to-market", "R&D", "C-level".
_GLUED_AFTER = re.compile(r"[&\-'’]\w")
_GLUED_BEFORE = re.compile(r"[\w][&\-]$")
_LIST_GAP = re.compile(r"^\s*(?:[,/&;|+()]|\band\b|\bor\b)?\s*(?:\band\b|\bor\b)?\s*$", re.I)
_PREFIX = re.compile(
    r"\b(?:in|with|using|use|uses|of|like|e\.g\.|such as|including|and|or)\s*[:(]?\s*$", re.I
)
_SUFFIX = re.compile(
    r"^\s*(?:programming|language|lang|developers?|engineers?|code|codebases?|services|"
    r"microservices|backend|sdk|apis?|spreadsheets?|clusters?|jobs|streaming|pipelines|scripts?|"
    r"scripting|notebooks|ecosystem|applications?|experience|skills|expertise|proficiency)\b",
    re.I,
)


def _in_context(text: str, hit: SkillHit, near: list[SkillHit]) -> bool:
    if len(hit.name) > 1 and hit.name.isupper() and hit.text == hit.name:
        return True  # an acronym written in capitals ("RAG", "JAX") is its own context
    if _GLUED_AFTER.match(text, hit.end) or _GLUED_BEFORE.search(
        text, max(0, hit.start - 2), hit.start
    ):
        return False
    if any(_adjacent(text, hit, other) for other in near):
        return len(hit.name) > 1 or hit.text == hit.name
    if not _capitalized(hit):
        return False  # "excel at", "go ahead": the ambiguous word is written in lower case
    before, after = text[max(0, hit.start - 30) : hit.start], text[hit.end : hit.end + 30]
    return bool(_PREFIX.search(before) or _SUFFIX.match(after))


def _capitalized(hit: SkillHit) -> bool:
    return hit.text == hit.name if len(hit.name) == 1 else hit.text[:1].isupper()


def _adjacent(text: str, hit: SkillHit, other: SkillHit) -> bool:
    gap = text[other.end : hit.start] if other.end <= hit.start else text[hit.end : other.start]
    return len(gap) <= 8 and bool(_LIST_GAP.match(gap))


def _resolve(text: str, hits: list[SkillHit], weak: list[bool]) -> list[SkillHit]:
    """Strong hits, plus weak hits in context; a weak hit may lean on its accepted neighbours,
    so "Python, Go, Rust" accepts Go through Python, then Rust through Go."""
    accepted = [not w for w in weak]
    changed = True
    while changed:
        changed = False
        for i, hit in enumerate(hits):
            if accepted[i]:
                continue
            near = [hits[j] for j in (i - 1, i + 1) if 0 <= j < len(hits) and accepted[j]]
            if _in_context(text, hit, near):
                accepted[i] = changed = True
    return [hit for hit, ok in zip(hits, accepted, strict=True) if ok]


def extract_skills(
    title: str, description_text: str | None, lowered_description: str | None = None
) -> list[SkillHit]:
    """Skills mentioned in the posting, each once (first mention), offsets into title+"\\n"+text.
    `lowered_description` is description_text.lower() when the caller has it."""
    text = f"{title or ''}\n{description_text or ''}"
    # str.lower() is context-free across a newline (Greek final sigma stops at it), so the text's
    # lower case is the parts' lower case joined.
    lowered = None
    if lowered_description is not None and description_text:
        lowered = f"{(title or '').lower()}\n{lowered_description}"
    taxonomy = _taxonomy()
    hits: list[SkillHit] = []
    weak: list[bool] = []
    for start, end, key in taxonomy.matcher.find(text, lowered):
        skill = taxonomy.by_key[key]
        hits.append(SkillHit(skill.id, skill.name, text[start:end], start, end))
        weak.append(key in taxonomy.weak_keys)
    seen: set[str] = set()
    unique = []
    for hit in _resolve(text, hits, weak):
        if hit.id not in seen:
            seen.add(hit.id)
            unique.append(hit)
    return unique
