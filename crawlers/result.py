"""CrawlResult: what one crawl produced, as returned by crawl() and crawl_in_subprocess()."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STATUS_ORDER = {"ok": 0, "partial": 1, "failed": 2}


@dataclass
class CrawlResult:
    crawl_id: str
    source: str
    week: dt.date
    crawl_dir: Path | None = None  # raw/source=S/week=W/crawl=ID (lake mode)
    out: Path | None = None  # the items file (out mode)
    runs: list[dict[str, Any]] = field(default_factory=list)  # one crawl-run row per board
    items: int = 0
    quarantined: int = 0
    # Archived pages extracted after the fetch: pages, workers, started_at/finished_at (epoch
    # seconds), workers_rss_mb, items, quarantined; None when the source extracts in the callback.
    extraction: dict[str, Any] | None = None

    @property
    def status(self) -> str:
        """The worst board status; a crawl with no board rows at all failed."""
        if not self.runs:
            return "failed"
        statuses: list[str] = [r["status"] for r in self.runs]
        return max(statuses, key=lambda s: STATUS_ORDER.get(s, 2))

    def to_json(self) -> dict[str, Any]:
        return {
            "crawl_id": self.crawl_id,
            "source": self.source,
            "week": self.week.isoformat(),
            "crawl_dir": str(self.crawl_dir) if self.crawl_dir else None,
            "out": str(self.out) if self.out else None,
            "runs": self.runs,
            "items": self.items,
            "quarantined": self.quarantined,
            "extraction": self.extraction,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrawlResult:
        return cls(
            crawl_id=data["crawl_id"],
            source=data["source"],
            week=dt.date.fromisoformat(data["week"]),
            crawl_dir=Path(data["crawl_dir"]) if data.get("crawl_dir") else None,
            out=Path(data["out"]) if data.get("out") else None,
            runs=list(data.get("runs") or []),
            items=int(data.get("items") or 0),
            quarantined=int(data.get("quarantined") or 0),
            extraction=data.get("extraction"),
        )
