"""RegistrySpider: an AtsSpider whose extractor also gets the registry's company name."""

from __future__ import annotations

from typing import Any

from jobwatch.crawlers.spiders.base import AtsSpider


class RegistrySpider(AtsSpider):
    """For APIs that do not (always) name the company (Lever, Ashby, Workable, Recruitee)."""

    def company_of(self, board: str) -> str | None:
        entry = self.registry.get(board)
        return entry.company if entry else None

    def page_meta(self, board: str) -> dict[str, Any]:
        """The registry's company name: these APIs do not (always) name the company."""
        return {"company": self.company_of(board)}
