"""What an extract function returns: postings, quarantine lines, and whether the page was usable."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ExtractResult:
    """`items` are RawPosting dicts; `errors` quarantine lines (page-level or per record)."""

    items: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    # True when the body as a whole was unusable (not JSON, malformed, wrong shape): no items.
    page_failed: bool = False

    @property
    def page_error(self) -> dict[str, Any] | None:
        """The quarantine line that made the page unusable, if any."""
        return self.errors[0] if self.page_failed and self.errors else None
