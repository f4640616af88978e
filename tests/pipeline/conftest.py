"""Hand-written RawPosting records for the pipeline tests."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from jobwatch.crawlers.items import RawPosting

if TYPE_CHECKING:
    from pathlib import Path

CRAWL_ID = "greenhouse-20261116T093000Z-a1b2c3"


def raw_posting(**overrides: Any) -> dict[str, Any]:
    """A Greenhouse-like posting for an ML engineer in San Francisco."""
    base = RawPosting(
        source="greenhouse",
        board="examplelabs",
        source_id="4012345",
        title="Senior Machine Learning Engineer",
        url="https://boards.greenhouse.io/examplelabs/jobs/4012345",
        company="Example Labs, Inc.",
        location_raw="San Francisco, CA",
        description_html=(
            "<h2>About the role</h2><p>You will train and serve models with PyTorch and "
            "Kubernetes on AWS.</p><ul><li>5+ years of experience with Python</li>"
            "<li>Experience with RAG and vector databases (Pinecone)</li></ul>"
            "<p>We offer a 401(k) match.</p>"
        ),
        salary_structured={"min": 190000, "max": 240000, "currency": "USD", "period": "YEAR"},
        posted_at_raw="2026-11-10T08:00:00-05:00",
        fetched_at="2026-11-16T09:31:02Z",
        crawl_id=CRAWL_ID,
        payload={"id": 4012345},
    )
    return base.to_dict() | overrides


def write_lines(path: Path, records: list[Any]) -> Path:
    """A .jsonl file: dicts are dumped as JSON, strings/bytes are written as they are."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        for record in records:
            if isinstance(record, bytes):
                handle.write(record + b"\n")
            elif isinstance(record, str):
                handle.write(record.encode("utf-8") + b"\n")
            else:
                handle.write(json.dumps(record).encode("utf-8") + b"\n")
    return path


@pytest.fixture
def raw() -> dict[str, Any]:
    return raw_posting()
