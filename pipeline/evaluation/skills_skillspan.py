"""Skills on skillspan dev: partial-span precision and recall against KNOWLEDGE spans."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure, ratio
from jobwatch.pipeline.skills import extract_skills

if TYPE_CHECKING:
    from pathlib import Path

DATASET = "skillspan"
NOTES = [
    "Gold: the KNOWLEDGE spans (BIO tags_knowledge) of the dev split; SKILL spans (soft skills) "
    "are not used. Each sentence's tokens are joined with single spaces and passed to the "
    "extractor "
    "as a description; every hit is mapped to the tokens its characters cover.",
    "Partial match: a hit and a gold span match when they share at least one token (SkillSpan's "
    "spans are long, e.g. 'Python development'; a dictionary hit 'Python' inside it counts).",
    "Partial precision: hits that overlap a gold span / all hits, over annotated sentences (those "
    "with at least one KNOWLEDGE span), so unannotated boilerplate lines cannot count against it.",
    "Partial recall: gold spans overlapped by at least one hit / gold spans, over every sentence "
    "of the 'tech' source (StackOverflow-style tech postings).",
]


def gold_spans(tags: list[str]) -> list[tuple[int, int]]:
    """(first, last) token indexes of each B-/I- run."""
    spans: list[tuple[int, int]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B") or (tag.startswith("I") and (not spans or spans[-1][1] != i - 1)):
            spans.append((i, i))
        elif tag.startswith("I"):
            spans[-1] = (spans[-1][0], i)
    return spans


def hit_tokens(tokens: list[str]) -> list[tuple[int, int, str]]:
    """(first, last) token indexes and text of each skill hit in the sentence."""
    starts, position = [], 1  # extract_skills puts the (empty) title and "\n" first
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    text = " ".join(tokens)
    found = []
    for hit in extract_skills("", text):
        covered = [
            i for i, s in enumerate(starts) if s < hit.end and hit.start < s + len(tokens[i])
        ]
        if covered:
            found.append((covered[0], covered[-1], hit.name))
    return found


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def evaluate(data_dir: Path) -> DatasetResult:
    lines = (data_dir / DATASET / "dev.json").read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line) for line in lines if line.strip()]
    hits_total = hits_ok = gold_tech = gold_found = 0
    misses: list[dict[str, object]] = []
    for sentence in sentences:
        gold = gold_spans(sentence["tags_knowledge"])
        hits = hit_tokens(sentence["tokens"])
        if gold:
            for first, last, name in hits:
                ok = any(_overlaps((first, last), g) for g in gold)
                hits_total, hits_ok = hits_total + 1, hits_ok + ok
                if not ok:
                    misses.append(
                        {
                            "kind": "false hit",
                            "skill": name,
                            "sentence": " ".join(sentence["tokens"]),
                        }
                    )
        if sentence["source"] == "tech":
            for span in gold:
                found = any(_overlaps((first, last), span) for first, last, _ in hits)
                gold_tech, gold_found = gold_tech + 1, gold_found + found
                if not found:
                    text = " ".join(sentence["tokens"][span[0] : span[1] + 1])
                    misses.append({"kind": "missed span", "span": text})
    measures = [
        Measure(
            "skills.partial_precision",
            "partial precision, annotated sentences",
            ratio(hits_ok, hits_total),
            hits_total,
            "hits overlapping a gold span / hits",
        ),
        Measure(
            "skills.partial_recall_tech",
            "partial recall, tech source",
            ratio(gold_found, gold_tech),
            gold_tech,
            "gold spans overlapped by a hit / spans",
        ),
    ]
    return DatasetResult("skills", f"{DATASET} (dev)", len(sentences), measures, NOTES, misses)
