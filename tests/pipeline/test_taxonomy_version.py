"""A change in what normalization outputs must come with a new taxonomy VERSION.

The normalized lake is kept per taxonomy version: a classifier change released under the old
version would leave last week's postings with the old answers and mix both in the warehouse.
This test normalizes a fixed corpus (the project's gold set and the bundled sample boards) and
compares a digest of every output row with the one recorded for the current VERSION.

After a deliberate change: bump pipeline/taxonomy/VERSION, then re-record with
  .venv/bin/python -m tests.pipeline.test_taxonomy_version --record
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.greenhouse import extract_jobs
from jobwatch.pipeline.evaluation.gold_set import load
from jobwatch.pipeline.record import normalize_record

if TYPE_CHECKING:
    from collections.abc import Iterator

REPO = Path(__file__).resolve().parents[2]
RECORDED = Path(__file__).with_name("normalize_digest.json")
VERSION_FILE = REPO / "pipeline" / "taxonomy" / "VERSION"
FETCHED = "2026-11-09T06:00:00Z"


def _gold_raw() -> Iterator[dict[str, Any]]:
    for post in load():
        yield {
            "source": "gold",
            "source_id": post["id"],
            "title": post["title"],
            "company": post["company"],
            "location_raw": post["location"],
            "remote_raw": post["remote"],
            "salary_raw": post["salary_text"],
            "description_text": post["description"],
            "fetched_at": FETCHED,
            "crawl_id": "gold",
        }


def _sample_raw() -> Iterator[dict[str, Any]]:
    for body in sorted((REPO / "crawlers" / "sample" / "greenhouse").glob("week=*/*.json")):
        result = extract_jobs(
            body.read_bytes(),
            board=body.stem,
            url=str(body.name),
            fetched_at=FETCHED,
            crawl_id="sample",
        )
        yield from result.items


# Computed by the warehouse, not by normalization (issue 11): outside what the digest covers.
WAREHOUSE_OWNED = ("is_canonical", "first_seen", "last_seen")


def current() -> dict[str, Any]:
    digest, count = hashlib.sha256(), 0
    for raw in (*_gold_raw(), *_sample_raw()):
        row = {k: v for k, v in normalize_record(raw).items() if k not in WAREHOUSE_OWNED}
        digest.update(json.dumps(row, sort_keys=True, default=str).encode() + b"\n")
        count += 1
    version = VERSION_FILE.read_text(encoding="utf-8").strip()
    return {"version": version, "postings": count, "digest": digest.hexdigest()}


def test_normalization_output_changes_only_with_a_new_taxonomy_version() -> None:
    recorded, now = json.loads(RECORDED.read_text(encoding="utf-8")), current()
    assert now["postings"] > 600, "the corpus lost its postings"
    if now["version"] == recorded["version"]:
        assert now["digest"] == recorded["digest"], (
            f"normalization output changed but VERSION is still {now['version']}: bump "
            "pipeline/taxonomy/VERSION and re-record (see this module's docstring)"
        )
    else:
        raise AssertionError(
            f"VERSION is {now['version']}, the digest was recorded for {recorded['version']}:"
            " re-record it (see this module's docstring)"
        )


if __name__ == "__main__":
    if sys.argv[1:] != ["--record"]:
        raise SystemExit(__doc__)
    RECORDED.write_text(json.dumps(current(), indent=2) + "\n", encoding="utf-8")
    print(RECORDED.read_text(encoding="utf-8"))
