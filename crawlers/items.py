"""RawPosting: one posting as a source gave it, per crawl (docs/design.md "The records")."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

# A line missing any of these cannot be identified or classified: it is quarantined, never loaded.
REQUIRED_FIELDS = ("source", "source_id", "title")


@dataclass
class RawPosting:
    source: str
    source_id: str
    title: str
    board: str | None = None
    url: str | None = None
    company: str | None = None
    location_raw: str | None = None
    remote_raw: str | None = None
    employment_type_raw: str | None = None
    department_raw: str | None = None
    description_html: str | None = None
    description_text: str | None = None
    salary_raw: str | None = None
    # null, or {"min", "max", "currency", "period"} exactly as the source states them
    salary_structured: dict[str, Any] | None = None
    posted_at_raw: str | None = None
    updated_at_raw: str | None = None
    fetched_at: str | None = None  # ISO 8601 UTC, set by the crawler
    crawl_id: str | None = None
    payload: Any = field(default=None, repr=False)  # the source's own JSON object / HTML, verbatim

    def to_dict(self) -> dict[str, Any]:
        # Shallow on purpose: asdict() deep-copies the payload, which cost ~30% of a crawl's CPU
        # (benchmarks/crawl_throughput.py); the payload is the source's object, kept as it is.
        return {name: getattr(self, name) for name in RAW_FIELDS}


RAW_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(RawPosting))


def missing_required(record: dict[str, Any]) -> list[str]:
    """Names of required fields that are absent or blank in a raw record."""
    return [name for name in REQUIRED_FIELDS if not str(record.get(name) or "").strip()]


@dataclass(repr=False)
class PageItems:
    """One page's postings and quarantine lines, handed to the lake writer in one go.

    Scrapy's per-item path (spider middlewares, pipeline, signals, a log record) cost more than
    building the postings on 1,000-posting pages (benchmarks/crawl_throughput.py); the writer
    counts `items` and `quarantined` per board exactly as it does for single items."""

    board: str
    items: list[dict[str, Any]]
    errors: list[dict[str, Any]]

    def __repr__(self) -> str:  # Scrapy logs each item it passes on: a summary, not the page
        return f"PageItems({self.board!r}, {len(self.items)} postings, {len(self.errors)} bad)"


@dataclass(repr=False)
class PageBody:
    """One fetched page to archive verbatim; its postings are extracted after the crawl
    (crawlers/archive/), so the Scrapy callback does no per-posting work."""

    board: str
    url: str
    body: bytes
    fetched_at: str
    http_status: int
    meta: dict[str, Any] = field(default_factory=dict)  # extractor arguments (e.g. company)

    def __repr__(self) -> str:  # Scrapy logs each item it passes on: a summary, not the body
        return f"PageBody({self.board!r}, {self.url!r}, {len(self.body)} bytes)"
