"""Benchmark corpus: RawPosting dicts from the bundled sample, descriptions stretched to N chars."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.greenhouse import extract_jobs

if TYPE_CHECKING:
    from collections.abc import Iterator

SAMPLE = Path(__file__).resolve().parent.parent / "crawlers" / "sample" / "greenhouse"


def sample_postings() -> list[dict[str, Any]]:
    """Every posting of both recorded sample weeks (generated data, fictional companies)."""
    out: list[dict[str, Any]] = []
    for body in sorted(SAMPLE.glob("week=*/*.json")):
        week = body.parent.name.removeprefix("week=")
        result = extract_jobs(
            body.read_bytes(),
            board=body.stem,
            url="http://127.0.0.1/",
            fetched_at=f"{week}T06:00:00Z",
            crawl_id=f"greenhouse-{week}",
        )
        out.extend(result.items)
    return out


def stretched(postings: list[dict[str, Any]], chars: int) -> list[dict[str, Any]]:
    """Each posting with its description extended by the next postings' text to ~`chars`."""
    texts = [p["description_text"] or "" for p in postings]
    out = []
    for i, posting in enumerate(postings):
        parts, j = [texts[i]], i
        while sum(map(len, parts)) < chars:
            j = (j + 1) % len(texts)
            parts.append(texts[j])
        text = "\n".join(parts)[:chars].rsplit(" ", 1)[0]
        out.append(posting | {"description_text": text, "description_html": None})
    return out


def corpus(n: int, chars: int = 3000) -> Iterator[dict[str, Any]]:
    """n postings (distinct source ids) cycling over the stretched sample."""
    base = stretched(sample_postings(), chars)
    for i in range(n):
        posting = base[i % len(base)]
        yield posting | {"source_id": f"{posting['source_id']}-{i}"}


def write_jsonl(path: Path, n: int, chars: int = 3000) -> Path:
    """A RawPosting .jsonl of n postings, written line by line."""
    with path.open("w", encoding="utf-8") as handle:
        for posting in corpus(n, chars):
            handle.write(json.dumps(posting) + "\n")
    return path
