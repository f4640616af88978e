"""Skill mentions from taxonomy/skills.csv in one Aho-Corasick pass; short names need context."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jobwatch.pipeline.taxonomy import skill_rows
from jobwatch.pipeline.textmatch import PhraseMatcher, phrase_key


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
    # A technology one names (a language, library, product, service, protocol or format), not a
    # concept, technique or practice (taxonomy/README.md, "What counts as a skill").
    named: bool = True


# A match while rules run: (start, end, skill id, skill name, weak). Tuples, not SkillHits: a
# posting has ~15 matches and ~10 distinct skills, and a frozen dataclass costs ~1 us to make.
# weak: STRONG (counts anywhere), WEAK (needs context), ORDINARY (an ordinary word, "~teams").
_Match = tuple[int, int, str, str, int]
STRONG, WEAK, ORDINARY = 0, 1, 2


@dataclass(frozen=True)
class _Taxonomy:
    matcher: PhraseMatcher  # built once per process (cached with the taxonomy)
    by_key: dict[str, Skill]
    weak_keys: frozenset[str]  # keys that count only in a programming/tool context
    entries: dict[str, tuple[str, str, int]]  # key -> (id, name, weak): one lookup a match


def _weakness(alias: str, skill: Skill) -> int:
    # The bare name of an ambiguous skill, or a short all-letter alias, needs context; longer or
    # decorated aliases ("golang", "apache spark", "rstudio") speak for themselves. An alias
    # written "~word" is an ordinary word for a skill that is not ambiguous itself ("~node").
    if alias.startswith("~"):
        return ORDINARY
    key = phrase_key(alias)
    short = key.isalpha() and len(key) <= 4
    return WEAK if skill.context_required and (key == phrase_key(skill.name) or short) else STRONG


@cache
def _taxonomy() -> _Taxonomy:
    by_key: dict[str, Skill] = {}
    weak: dict[str, int] = {}
    for row in skill_rows():
        skill = Skill(
            row["id"],
            row["name"],
            row["category"],
            row["context_required"] == "1",
            row["named"] == "1",
        )
        for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = phrase_key(alias.removeprefix("~"))
            if key in by_key and by_key[key].id != skill.id:
                owner = by_key[key].id
                raise ValueError(f"skills.csv: alias {alias!r} used by {owner} and {skill.id}")
            by_key[key] = skill
            if _weakness(alias, skill):
                weak[key] = _weakness(alias, skill)
    entries = {key: (skill.id, skill.name, weak.get(key, STRONG)) for key, skill in by_key.items()}
    return _Taxonomy(PhraseMatcher(by_key), by_key, frozenset(weak), entries)


def skill_spellings() -> dict[str, Skill]:
    """Every name and alias of the taxonomy, as a phrase key, with its skill."""
    return _taxonomy().by_key


def skills() -> list[Skill]:
    """Every skill in the taxonomy, once."""
    return list({s.id: s for s in _taxonomy().by_key.values()}.values())


# A weak hit glued to a word by these is part of something else: "go-to-market", "R&D", "C-level".
_GLUED_AFTER = re.compile(r"[&\-'’]\w")
_GLUED_BEFORE = re.compile(r"[\w][&\-]$")
# Between two items of a list: a separator, a connector ("and", "or", "and/or", "et/ou"), or
# both; a bracket may close the item before ("(Sheets/Excel), SEMrush").
_LIST_GAP = re.compile(
    r"^[)\]]?\s*(?:[,/&;|+()]|\b(?:and|or|et|ou)\b)?\s*"
    r"(?:\b(?:and|or|et|ou)\b(?:\s*/\s*(?:and|or|et|ou)\b)?)?\s*$",
    re.I,
)
_PREFIX_WORDS = (
    "in",
    "with",
    "using",
    "use",
    "uses",
    "of",
    "like",
    "e.g.",
    "such as",
    "including",
    "and",
    "or",
    "via",  # "via Zoom", "over Slack": the tool a job is done with
    "over",
    "speak",  # "speak German": a language asked for
    "speaks",
    # French: "en Python", "avec Slack", "sous Linux", "maîtrise d'Excel"; and the nouns that
    # English puts after the name (_SUFFIX): "langage Go", "tableaux Excel", "outils Jira"
    "en",
    "avec",
    "sous",
    "d'",
    "d’",
    "langage",
    "langages",
    "tableau",
    "tableaux",
    "tableur",
    "fichiers",
    "outil",
    "outils",
    "logiciel",
    "logiciels",
)
_PREFIX = re.compile(  # the definition; _PREFIX_REVERSED reads it backwards from the hit
    rf"\b(?:{'|'.join(map(re.escape, _PREFIX_WORDS))})\s*[:(]?\s*$", re.I
)
# _PREFIX.search(before) tries each of ~30 places; the same pattern read right to left needs one
# try at the start of the reversed text (every word starts with a letter, so \b reads the same).
_PREFIX_REVERSED = re.compile(
    rf"\s*[:(]?\s*(?:{'|'.join(re.escape(w[::-1]) for w in _PREFIX_WORDS)})\b", re.I
)
_ROLE_BRACKET = re.compile(r"\b(?:(?:engineer|developer|programmer)s?|eng\.|dev\.)\s*\(\s*$", re.I)
_BRACKET_ITEM = re.compile(r"^\s*[)/,&]")  # the bracket's content, or its first item
_SUFFIX = re.compile(
    r"^\s*(?:programming|language|lang|developers?|engineers?|code|codebases?|services|"
    r"microservices|backend|sdk|apis?|spreadsheets?|clusters?|jobs|streaming|pipelines|scripts?|"
    r"scripting|notebooks|ecosystem|applications?|experience|skills|expertise|proficiency|"
    r"operating systems?|os|servers?|administration|administrators?|desktops?)\b",
    re.I,
)


def _in_context(text: str, hit: _Match, near: list[_Match]) -> bool:
    start, end, _, name, _ = hit
    written = text[start:end]
    if len(name) > 1 and name.isupper() and written == name:
        return True  # an acronym written in capitals ("RAG", "JAX") is its own context
    if _GLUED_AFTER.match(text, end) or _GLUED_BEFORE.search(text, max(0, start - 2), start):
        return False
    beside = sum(_adjacent(text, hit, other) for other in near)
    if beside:
        if hit[4] == ORDINARY and not written[:1].isupper() and beside < 2:
            # "SRE teams", "agile teams": a plain word beside one skill, not a list; unless list
            # marks set it apart, from the skill and on its other side too, as an item of its
            # own ("react, meteor, node, typescript")
            return _list_item(text, start, end) and any(_punctuated(text, hit, o) for o in near)
        return len(name) > 1 or written == name
    if not _capitalized(name, written):
        return False  # "excel at", "go ahead": the ambiguous word is written in lower case
    before, after = text[max(0, start - 30) : start], text[end : end + 30]
    if _ROLE_BRACKET.search(before) and _BRACKET_ITEM.match(after):
        return True  # "Backend Engineer (Ruby)": a role and, in brackets, the stack it works in
    return bool(_PREFIX_REVERSED.match(before[::-1]) or _SUFFIX.match(after))


def _capitalized(name: str, written: str) -> bool:
    return written == name if len(name) == 1 else written[:1].isupper()


_ITEM_BEFORE = re.compile(r"(?:^|[,/;|(:\n])\s*$")
_ITEM_AFTER = re.compile(r"\s*(?:$|[,/;|).:\n])")


def _list_item(text: str, start: int, end: int) -> bool:
    """Between list marks (or the text's ends) on both sides: "react, meteor, node, ts"."""
    before = _ITEM_BEFORE.search(text, max(0, start - 8), start)
    return before is not None and _ITEM_AFTER.match(text, end) is not None


def _punctuated(text: str, hit: _Match, other: _Match) -> bool:
    gap = _gap(text, hit, other)
    return _adjacent(text, hit, other) and any(mark in gap for mark in ",/;|")


def _gap(text: str, hit: _Match, other: _Match) -> str:
    return text[other[1] : hit[0]] if other[1] <= hit[0] else text[hit[1] : other[0]]


def _adjacent(text: str, hit: _Match, other: _Match) -> bool:
    gap = _gap(text, hit, other)
    return len(gap) <= 8 and bool(_LIST_GAP.match(gap))


def _resolve(text: str, hits: list[_Match]) -> list[_Match]:
    """Strong hits, plus weak hits in context; a weak hit may lean on its accepted neighbours,
    so "Python, Go, Rust" accepts Go through Python, then Rust through Go. What _resolve_reference
    decides, asking _in_context only about weak hits whose accepted neighbours changed since they
    were last refused (the answer depends on nothing else)."""
    accepted = [not hit[4] for hit in hits]
    pending = [i for i, hit in enumerate(hits) if hit[4]]
    last, refused = len(hits) - 1, dict[int, tuple[bool, bool]]()
    changed = True
    while changed:
        changed = False
        for i in pending:
            if accepted[i]:
                continue
            left, right = i > 0 and accepted[i - 1], i < last and accepted[i + 1]
            if refused.get(i) == (left, right):
                continue
            near = [hits[j] for j, ok in ((i - 1, left), (i + 1, right)) if ok]
            if _in_context(text, hits[i], near):
                accepted[i] = changed = True
            else:
                refused[i] = (left, right)
    return [hit for hit, ok in zip(hits, accepted, strict=True) if ok]


def _resolve_reference(text: str, hits: list[_Match]) -> list[_Match]:
    """The definition _resolve is tested against: every weak hit asked again on each pass."""
    accepted = [not hit[4] for hit in hits]
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
    return [SkillHit(*hit) for hit in skill_mentions(title, description_text, lowered_description)]


def skill_mentions(
    title: str, description_text: str | None, lowered_description: str | None = None
) -> list[tuple[str, str, str, int, int]]:
    """extract_skills as (id, name, text, start, end) tuples: what normalize_record stores, with
    no SkillHit made per skill (~1.4 us each, ~10 a posting)."""
    text = f"{title or ''}\n{description_text or ''}"
    # str.lower() is context-free across a newline (Greek final sigma stops at it), so the text's
    # lower case is the parts' lower case joined.
    lowered = None
    if lowered_description is not None and description_text:
        lowered = f"{(title or '').lower()}\n{lowered_description}"
    taxonomy = _taxonomy()
    entries = taxonomy.entries
    hits = [
        (start, end, *entries[key])
        for start, end, key in taxonomy.matcher.find(text, lowered)
        if not text.startswith("://", end)  # "https://...": a link's scheme, not a skill
    ]
    # With no weak match the rules accept every match: _resolve would return them all.
    accepted = _resolve(text, hits) if any(hit[4] for hit in hits) else hits
    seen: set[str] = set()
    unique = []
    for start, end, skill_id, name, _ in accepted:
        if skill_id not in seen:
            seen.add(skill_id)
            unique.append((skill_id, name, text[start:end], start, end))
    return unique
