"""tech_skills.csv rows from candidate spellings (build_tech_skills.py): new skills, and new
spellings of skills.csv's own skills."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from jobwatch.pipeline.taxonomy import read_csv
from jobwatch.pipeline.textmatch import phrase_key

# (spellings, the name people write first; category) of one product or language
Candidate = tuple[list[str], str]
Row = dict[str, str]
IsOrdinary = Callable[[str], bool]


def assemble(candidates: list[Candidate], ordinary: IsOrdinary) -> list[Row]:
    """Rows for tech_skills.csv. A spelling two candidates share (and not as one skills.csv
    skill) is left to neither; `ordinary(name)` tells a name read as an ordinary word."""
    existing = _existing()
    claims = Counter(
        key
        for names, _ in candidates
        for key in {phrase_key(n) for n in names}
        if key not in existing
    )
    rows: dict[str, Row] = {}
    taken = {row["id"] for row in read_csv("skills.csv")}
    for names, category in candidates:
        keys = [phrase_key(n) for n in names]
        owners = {existing[k]["id"] for k in keys if k in existing}
        new = [n for n, k in zip(names, keys, strict=True) if k not in existing and claims[k] == 1]
        if len(owners) == 1:
            base = next(existing[k] for k in keys if k in existing)
            _add_spellings(rows, base, new, existing, ordinary)
        elif not owners and new[:1] == names[:1]:
            _add_skill(rows, taken, (names[0], category), new[1:], ordinary)
    return sorted(rows.values(), key=lambda r: r["id"])


def _existing() -> dict[str, Row]:
    """skills.csv's rows by the phrase key of each of their spellings."""
    return {
        phrase_key(a.removeprefix("~")): row
        for row in read_csv("skills.csv")
        for a in [row["name"], *filter(None, row["aliases"].split("|"))]
    }


def _add_spellings(
    rows: dict[str, Row], base: Row, new: list[str], existing: dict[str, Row], ordinary: IsOrdinary
) -> None:
    # "Microsoft Power BI" adds nothing where "Power BI" is a spelling already (it is found
    # inside it), and would make Power BI Microsoft's own product (skills_employer.py)
    known = [k for k, r in existing.items() if r["id"] == base["id"]]
    extra = [
        _written(n, base["name"], ordinary)
        for n in new
        if not any(phrase_key(n).endswith(" " + k) for k in known)
    ]
    if extra:
        row = rows.setdefault(base["id"], {**base, "aliases": ""})
        row["aliases"] = "|".join(filter(None, [row["aliases"], *extra]))


def _add_skill(
    rows: dict[str, Row],
    taken: set[str],
    named: tuple[str, str],
    new: list[str],
    ordinary: IsOrdinary,
) -> None:
    name, category = named
    is_ordinary = bool(ordinary(name))
    # an ordinary word as a name counts as its ~alias does: "slack" in lower case beside one
    # skill is the word, not the product
    aliases = [f"~{name}"] * is_ordinary + [_written(n, name, ordinary) for n in new]
    slug = _slug(name, taken)
    rows[slug] = {
        "id": slug,
        "name": name,
        "category": category,
        "aliases": "|".join(aliases),
        "context_required": str(int(is_ordinary)),
        "named": "1",
    }


def _written(spelling: str, name: str, ordinary: IsOrdinary) -> str:
    """An alias that is an ordinary word is written ~word: only it needs context."""
    plain = spelling != name and ordinary(spelling)
    return f"~{spelling}" if plain else spelling


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "skill"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}_{n}", n + 1
    taken.add(slug)
    return slug
