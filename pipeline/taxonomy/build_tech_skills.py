"""Derive tech_skills.csv (named technologies and their spellings) from O*NET and Linguist.

Usage: python -m jobwatch.pipeline.taxonomy.build_tech_skills EVAL_DIR

Sources: O*NET's Technology Skills (the product examples of every occupation, with their UNSPSC
commodity titles) and GitHub Linguist's languages.yml (programming, markup and stylesheet
languages with their aliases). What is kept and how it is spelled (README.md, "tech_skills.csv"):

- a product's name as listed, without a trailing "software" ("Ansible software" -> Ansible);
- its name without the vendor ("Microsoft Excel" -> Excel) when the vendor word starts several
  listed products and the rest is the product's own name, not a generic phrase;
- a trailing acronym as a spelling of its own ("Apache Subversion SVN" -> SVN);
- not one product, left out: names made only of generic words (the words of the commodity
  titles and of generic entries such as "Cost accounting software"), and a vendor's bare name
  ("Google": the company, not a product);
- a name that is an ordinary English word (Webster's 2nd, web2) needs a technical context
  (`context_required`; as an alias it is written `~word`);
- a spelling skills.csv already has makes the other spellings aliases of that skill;
- every named skill's spellings also written solid or spaced ("SearchAds360", "Buzz Sumo":
  tech_spellings.py).
"""

from __future__ import annotations

import csv
import os
import re
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import yaml

from jobwatch.pipeline.taxonomy import TAXONOMY_DIR
from jobwatch.pipeline.taxonomy.tech_categories import category_of
from jobwatch.pipeline.taxonomy.tech_rows import assemble
from jobwatch.pipeline.taxonomy.tech_spellings import add_other_forms
from jobwatch.pipeline.textmatch import phrase_key

OUT = TAXONOMY_DIR / "tech_skills.csv"
DATA_ENV = "JOBWATCH_EVAL_DATA"
COLUMNS = ("id", "name", "category", "aliases", "context_required", "named")
HEADER = (
    "# Derived from O*NET 29.2 Technology Skills (USDOL/ETA, CC BY 4.0) and GitHub Linguist"
    " languages.yml (MIT) by pipeline/taxonomy/build_tech_skills.py; see README.md."
    " Do not edit by hand.\n"
)
_VENDOR_MIN = 3  # a leading word that starts this many listed products is a vendor's name
_ACRONYM = re.compile(r"^(?P<long>.+?) \(?(?P<short>[A-Z][A-Z0-9]{1,7})\)?$")
_ACRONYM_TAIL = re.compile(r" \(?[A-Z][A-Z0-9]{1,7}\)?$")


@cache
def _english() -> frozenset[str]:
    from english_words import get_english_words_set  # build time only (the dev extra)

    return frozenset(get_english_words_set(["web2"], lower=True, alpha=True))


def ordinary(name: str) -> bool:
    """A name read as an ordinary word: every word of it is in the dictionary (or a plural,
    -ing, -ed, -er or -est form of one: Slack, Room, Teams, Less, Measure Square), or it is one
    plain capitalized word (Timeline, Webinar: words the 1934 dictionary lacks; coined names
    such as GitHub, SEMrush or BTEQ are written otherwise). A spelling in lower case (Linguist's
    aliases: golang, lesscss, jruby) is read by the dictionary alone."""
    return bool(_PLAIN.fullmatch(name)) or _dictionary(name)


def _dictionary(name: str) -> bool:
    return all(_word(w) for w in phrase_key(name).split())


_PLAIN = re.compile(r"[A-Z][a-z]+")


def _word(word: str) -> bool:
    words = _english()
    stems = [word]
    for suffix in ("s", "es", "ing", "ed", "d", "er", "est"):
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            stem = word.removesuffix(suffix)
            stems += [stem, stem + "e"]
    return any(stem in words for stem in stems)


def _onet_rows(onet: Path) -> list[list[str]]:
    with (onet / "Technology Skills.txt").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        return list(reader)


def _generic_words(rows: list[list[str]]) -> frozenset[str]:
    """Words of the commodity titles and of entries that name a kind of software, not one."""
    phrases = {row[3] for row in rows} | {row[1] for row in rows if _is_kind(row[1])}
    return frozenset(_singular(w) for p in phrases for w in phrase_key(p).split())


def _is_kind(example: str) -> bool:
    """'Cost accounting software', 'Moz search engine optimization SEO': a lower-case
    description follows the first word (the first product of a kind, or none), not one name."""
    words = _ACRONYM_TAIL.sub("", example.removesuffix(" software")).split()
    return len(words) > 1 and all(w.islower() for w in words[1:])


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _generic(name: str, generic: frozenset[str]) -> bool:
    return all(_singular(w) in generic for w in phrase_key(name).split())


def _vendors(examples: list[str]) -> frozenset[str]:
    counts = Counter(e.split()[0] for e in examples if len(e.split()) > 1)
    return frozenset(w for w, n in counts.items() if n >= _VENDOR_MIN)


def _abbreviation(name: str) -> bool:
    """Three capitals or fewer ('SMT', 'HMS') or a Roman numeral: many things share them."""
    return bool(re.fullmatch(r"[A-Z0-9]{1,3}|[IVX]+", name))


def spellings(example: str, vendors: frozenset[str], generic: frozenset[str]) -> list[str]:
    """The name people write first, then its other spellings; [] when it is not one product."""
    name = example.removesuffix(" software").strip()
    if (
        not name
        or _is_kind(example)
        or _generic(name, generic)
        or name in vendors
        or _abbreviation(name)
    ):
        return []
    names = [name]
    match = _ACRONYM.match(name)
    if match and _expands(match["short"], match["long"]):
        names = [match["long"], match["short"]]
    first, _, rest = names[0].partition(" ")
    if first in vendors and rest and rest[0].isupper() and not _generic(rest, generic):
        names.append(rest)
    return list(dict.fromkeys(n for n in names if not _abbreviation(n)))


def _expands(short: str, long: str) -> bool:
    """'GCE' after 'Google Compute Engine': the initials of the capitalized words before it."""
    letters = [c for c in short.lower() if c.isalpha()]
    words = long.split()[-len(letters) :] if letters else []
    return len(words) == len(letters) and all(
        w[0].isupper() and w[0].lower() == c for w, c in zip(words, letters, strict=True)
    )


def linguist_spellings(name: str, entry: dict[str, object]) -> list[str]:
    """A language's name and the aliases that spell it (golang, less-css, jruby; not a file
    extension or another tool's name: 'inc', 'rake', 'node'); a hyphenated alias is also
    written solid ('less-css' -> lesscss)."""
    if len(phrase_key(name)) < 3 or _abbreviation(name):
        return []  # one to three letters: the well-known ones (C, R, Go, SQL) are in skills.csv
    aliases = [str(a) for a in entry.get("aliases") or []]  # type: ignore[attr-defined]
    bare = re.sub(r"[^a-z0-9]", "", name.lower())
    spelled = [a for a in aliases if bare in a.replace("-", "")]
    solid = [a.replace("-", "") for a in spelled]
    keys = {phrase_key(name)}
    kept = [a for a in [*spelled, *solid] if not _dictionary(a) and phrase_key(a) not in keys]
    named = [a for a in kept if re.sub(r"[^a-z]", "", a) != bare]  # not just a version (ada95)
    if ordinary(name) and not named:
        return []  # an ordinary word (Basic, Shell, Ada) is a language only by a reader's guess
    return list(dict.fromkeys([name, *kept]))


def _onet_candidates(onet: Path) -> list[tuple[list[str], str]]:
    rows = _onet_rows(onet)
    examples = sorted({row[1] for row in rows})
    vendors, generic = _vendors(examples), _generic_words(rows)
    commodity: dict[str, Counter[str]] = defaultdict(Counter)
    hot = {row[1] for row in rows if "Y" in (row[4], row[5])}
    for row in rows:
        commodity[row[1]][row[3]] += 1
    out = []
    for example in examples:
        # A dictionary word names a product often enough to be read as one only for O*NET's
        # Hot and In Demand technologies (Slack, Word): "e-MDs Schedule" is not "Schedule".
        names = [n for n in spellings(example, vendors, generic) if example in hot]
        if names:
            out.append((names, category_of(commodity[example].most_common(1)[0][0])))
    return out


def _linguist_candidates(languages: Path) -> list[tuple[list[str], str]]:
    data = yaml.safe_load(languages.read_text(encoding="utf-8"))
    kinds = {"programming": "language", "markup": "web"}
    return [
        (names, kinds[entry["type"]])
        for name, entry in sorted(data.items())
        if entry.get("type") in kinds and (names := linguist_spellings(name, entry))
    ]


def derive(eval_dir: Path) -> list[dict[str, str]]:
    candidates = _onet_candidates(eval_dir / "onet")
    candidates += _linguist_candidates(eval_dir / "linguist-languages" / "languages.yml")
    return add_other_forms(assemble(candidates, ordinary), _dictionary, ordinary)


def write(rows: list[dict[str, str]], out: Path = OUT) -> None:
    temp = out.with_suffix(".tmp")
    with temp.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    os.replace(temp, out)  # never a half-written taxonomy file


def main(argv: list[str]) -> int:
    if not argv and not os.environ.get(DATA_ENV):
        print(f"usage: build_tech_skills EVAL_DIR (or set {DATA_ENV})", file=sys.stderr)
        return 2
    eval_dir = Path(argv[0]) if argv else Path(os.environ[DATA_ENV])
    if not (eval_dir / "onet" / "Technology Skills.txt").is_file():
        print(f"O*NET Technology Skills not found in {eval_dir / 'onet'}", file=sys.stderr)
        return 2
    rows = derive(eval_dir)
    write(rows)
    print(f"{len(rows):,} rows in {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
