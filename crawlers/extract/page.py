"""Where one response body came from: what every posting and quarantine line of it carries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from jobwatch.crawlers.extract.result import ExtractResult
from jobwatch.crawlers.records import quarantine_line


@dataclass(frozen=True)
class Page:
    """Where one body came from: every posting and quarantine line of it carries these."""

    source: str
    board: str
    url: str
    fetched_at: str
    crawl_id: str

    def quarantine(self, reason: str, detail: str, bad: Any) -> dict[str, Any]:
        return quarantine_line(
            source=self.source,
            board=self.board,
            url=self.url,
            reason=reason,
            detail=detail,
            body=bad,
            fetched_at=self.fetched_at,
            crawl_id=self.crawl_id,
        )

    def failed(self, reason: str, detail: str, bad: Any) -> ExtractResult:
        """The whole page is unusable: one quarantine line, no postings."""
        return ExtractResult(errors=[self.quarantine(reason, detail, bad)], page_failed=True)

    def stamp(self) -> dict[str, Any]:
        """The RawPosting fields every posting of this page shares."""
        return {
            "source": self.source,
            "board": self.board,
            "fetched_at": self.fetched_at,
            "crawl_id": self.crawl_id,
        }
