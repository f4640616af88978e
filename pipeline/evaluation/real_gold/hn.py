"""Gold rows of hn-whoishiring: each labelled comment through the HN extractor, its postings
matched to the labelled ones by title.

The dataset keeps each top-level comment's HTML (`full_html`, as the HN API serves it) and its
item id (in `url`); the comment is rebuilt in the shape the Algolia `items` API gives the
extractor. Extracted and labelled postings are paired greedily, most similar titles first
(difflib ratio of the lower-cased titles' words, at least MIN_SIMILARITY); an extracted posting
left unpaired is an extra (want None), a labelled one a miss (got None).
"""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.hn import comment_postings
from jobwatch.crawlers.extract.page import Page
from jobwatch.pipeline.evaluation.real_gold.rows import Row, load_labels
from jobwatch.pipeline.record import normalize_with_issues

if TYPE_CHECKING:
    from pathlib import Path

DATASET = "hn-whoishiring"
FILE = "hn-hiring-mapped_2018-03.json"
POSTED_AT = "2018-03-01T16:00:00Z"  # the March 2018 thread
MIN_SIMILARITY = 0.6
_WORDS = re.compile(r"[a-z0-9+#]+")


def comments(data_dir: Path) -> dict[str, dict[str, Any]]:
    """item id -> the comment as the extractor reads it ({"id", "text", "author", ...})."""
    data = json.loads((data_dir / DATASET / FILE).read_text(encoding="utf-8"))
    out = {}
    for entry in data:
        item_id = entry["url"].rpartition("id=")[2]
        out[item_id] = {
            "id": int(item_id),
            "text": entry["full_html"],
            "author": entry.get("user"),
            "created_at": POSTED_AT,
            "children": [],
        }
    return out


def _key(title: str) -> str:
    return " ".join(_WORDS.findall(title.lower()))


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, _key(a), _key(b)).ratio()


def pair(extracted: list[str], labelled: list[str]) -> list[tuple[int, int]]:
    """(extracted index, labelled index) pairs, most similar first, each index used once."""
    scored = sorted(
        (
            (similarity(got, want), i, j)
            for i, got in enumerate(extracted)
            for j, want in enumerate(labelled)
        ),
        reverse=True,
    )
    used_i: set[int] = set()
    used_j: set[int] = set()
    pairs = []
    for sim, i, j in scored:
        if sim >= MIN_SIMILARITY and i not in used_i and j not in used_j:
            pairs.append((i, j))
            used_i.add(i)
            used_j.add(j)
    return pairs


def _comment_rows(label: dict[str, Any], comment: dict[str, Any]) -> list[Row]:
    page = Page("hn", "hn", f"eval:{DATASET}", POSTED_AT, "eval")
    postings, _ = comment_postings(comment, page)
    got = [normalize_with_issues(p.to_dict())[0] for p in postings]
    wanted = label["postings"]
    pairs = dict(pair([g["title"] for g in got], [w["title"] for w in wanted]))
    paired = {j: i for i, j in pairs.items()}
    rows = []
    for j, posting in enumerate(wanted):
        want = {**label["labels"], "role": posting["role"], "seniority": posting["seniority"]}
        found = got[paired[j]] if j in paired else None
        rows.append(Row(DATASET, label["id"], posting["title"], want, found))
    for i, extra in enumerate(got):
        if i not in pairs:
            rows.append(Row(DATASET, label["id"], extra["title"], None, extra))
    return rows


def rows(data_dir: Path) -> list[Row]:
    by_id = comments(data_dir)
    out = []
    for label in load_labels(DATASET):
        comment = by_id.get(label["id"])
        if comment is None:
            raise LookupError(f"{DATASET}: labelled comment {label['id']} is not in the data")
        out += _comment_rows(label, comment)
    return out
