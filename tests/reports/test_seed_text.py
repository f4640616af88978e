"""No sentence of the seed pages is copied into the repository or into a generated page.

The seed pages (../shared/seeds, beside the repo in CI) gave the project its figures and its page
structure; their sentences are theirs. A sentence counts as copied when any run of RUN words of it
appears in a repository file or a rendered page, after numbers ("$120K", "67%") and role names
are masked: a sentence template filled with other figures is still a copy.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from jobwatch.pipeline.role import roles

if TYPE_CHECKING:
    from jobwatch.reports.site import SiteResult

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
RUN = 7  # words in a row: longer than any stock phrase, shorter than a copied clause
# Every text file is read (code, docs, taxonomies, labels, fixtures, Makefile, .ci/run); a file
# holding a NUL byte, or not UTF-8, is binary (images, Parquet) and is not.
SKIP_DIRS = {".venv", ".git", "data", "node_modules", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
NUMBER = re.compile(r"[$₹€£]?\d[\d,.]*\s*[kKmM%]?")
WORD = re.compile(r"[a-z#@']+")


def _mask(text: str) -> list[str]:
    text = html.unescape(text)
    for name in sorted({n for _, n in roles()}, key=len, reverse=True):
        text = text.replace(name, " @ ")
    return WORD.findall(NUMBER.sub(" # ", text).lower())


def runs(text: str) -> set[tuple[str, ...]]:
    """Every RUN words in a row within one sentence."""
    found = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = _mask(sentence)
        found |= {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}
    return found


@cache
def seed_runs() -> dict[tuple[str, ...], str]:
    """Each RUN-word run of a seed sentence -> the sentence (for the failure message)."""
    found: dict[tuple[str, ...], str] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                for run in runs(sentence):
                    if set(run) - {"#", "@"}:  # a run of figures alone says nothing
                        found.setdefault(run, sentence.strip())
    return found


def copied(text: str) -> list[str]:
    seeds = seed_runs()
    return sorted({seeds[r] for r in runs(text) if r in seeds})


def _text_of(path: Path) -> str | None:
    data = path.read_bytes()
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def repo_files() -> list[Path]:
    return [
        p
        for p in REPO.rglob("*")
        if p.is_file()
        and not SKIP_DIRS.intersection(p.relative_to(REPO).parts)
        and not any(part.endswith(".egg-info") for part in p.relative_to(REPO).parts)
    ]


def test_the_repository_files_read_include_every_kind_of_text() -> None:
    read = {p.relative_to(REPO).as_posix() for p in repo_files() if _text_of(p) is not None}
    # the labels and their notes, the taxonomy tables, the sample responses, the build files
    for name in (
        "pipeline/evaluation/real_gold/labels/hn-whoishiring.jsonl",
        "pipeline/taxonomy/skills.csv",
        "pipeline/taxonomy/roles.yaml",
        "tests/pipeline/normalize_digest.json",
        "Makefile",
        ".ci/run",
    ):
        assert name in read, name


pytestmark = pytest.mark.skipif(
    not any(SEEDS.glob("*.txt")), reason=f"the seed pages are not beside the repo ({SEEDS})"
)


def test_the_check_finds_a_copied_template_with_other_figures() -> None:
    sentence = next(s for s in seed_runs().values() if len(_mask(s)) > RUN + 4 and "#" in _mask(s))
    refilled = NUMBER.sub("42%", sentence)
    assert copied(f"Intro. {refilled} Outro.") == [sentence]
    assert copied("Each dot is one posting's salary ceiling.") == []


def test_no_repository_file_copies_a_seed_sentence() -> None:
    found = {}
    for path in repo_files():
        text = _text_of(path)
        hits = copied(text) if text is not None else []
        if hits:
            found[str(path.relative_to(REPO))] = hits
    assert found == {}


def test_no_generated_page_copies_a_seed_sentence(built: SiteResult) -> None:
    found = {}
    for page in built.out.glob("*.html"):
        text = re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8"))
        hits = copied(text)
        if hits:
            found[page.name] = hits
    assert found == {}
