"""RegistrySpider: an AtsSpider that also reads each board's registry facts (company, host)."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from jobwatch.crawlers.sources import Source, registry_for
from jobwatch.crawlers.spiders.base import AtsSpider


class RegistrySpider(AtsSpider):
    """For APIs that do not name the company (Lever, Ashby) or have regional hosts (Lever EU)."""

    @cached_property
    def registry(self) -> dict[str, Source]:
        return registry_for(self.name, self.sources_file)

    def company_of(self, board: str) -> str | None:
        entry = self.registry.get(board)
        return entry.company if entry else None

    def page_meta(self, board: str) -> dict[str, Any]:
        """The registry's company name: these APIs do not (always) name the company."""
        return {"company": self.company_of(board)}

    def host_of(self, board: str) -> str | None:
        entry = self.registry.get(board)
        return entry.host if entry else None
