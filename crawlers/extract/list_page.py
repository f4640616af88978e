"""ListPage: what one page of a paged list gives (crawlers/spiders/list_detail.py pages on it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jobwatch.crawlers.extract.result import ExtractResult


@dataclass
class ListPage(ExtractResult):
    """A list page: the postings to fetch details for (no items yet) and the paging figures."""

    postings: list[dict[str, Any]] = field(default_factory=list)
    offset: int = 0
    total: int | None = None  # the total the API states
    entries: int = 0  # postings on the page, good or bad (the paging step)
