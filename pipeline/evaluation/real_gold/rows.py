"""One gold row: a labelled posting, what jobwatch made of it, and its dev/test half."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LABELS_DIR = Path(__file__).with_name("labels")
DEV, TEST = "dev", "test"


def half(dataset: str, item_id: str) -> str:
    """dev or test: int(sha1(f"{dataset}:{id}").hexdigest(), 16) % 2, 0 = dev, 1 = test."""
    digest = hashlib.sha1(f"{dataset}:{item_id}".encode(), usedforsecurity=False).hexdigest()
    return TEST if int(digest, 16) % 2 else DEV


def load_labels(dataset: str) -> list[dict[str, Any]]:
    """The label lines of one dataset (labels/<dataset>.jsonl), in file order."""
    text = (LABELS_DIR / f"{dataset}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@dataclass
class Row:
    """A labelled posting and jobwatch's normalized posting for it.

    `want` is None for a posting the extractor found that no label names (an extra), `got` is
    None for a labelled posting the extractor did not find (a miss); field measures read the rows
    that have both."""

    dataset: str
    id: str  # the label line's id (an HN comment's postings share it)
    title: str
    want: dict[str, Any] | None
    got: dict[str, Any] | None

    @property
    def half(self) -> str:
        return half(self.dataset, self.id)

    @property
    def matched(self) -> bool:
        return self.want is not None and self.got is not None

    @property
    def labels(self) -> dict[str, Any]:
        """The labels of a matched row (field measures read matched rows only)."""
        assert self.want is not None, f"{self.dataset} {self.id}: an extra posting has no labels"
        return self.want

    @property
    def posting(self) -> dict[str, Any]:
        """The normalized posting of a matched row."""
        assert self.got is not None, f"{self.dataset} {self.id}: a missed posting has no posting"
        return self.got


def miss(row: Row, field: str, want: Any, got: Any) -> dict[str, Any]:
    """One line of `jobwatch eval --misses`: which posting, which field, label and prediction."""
    return {
        "field": field,
        "dataset": row.dataset,
        "id": row.id,
        "title": row.title,
        "want": want,
        "got": got,
    }
