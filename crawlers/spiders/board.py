"""BoardSpider: a job board with one public feed; the board is the source itself (board `remoteok`).

Job boards are not per-company ATS boards: there is nothing to list in sources.yaml, so the
board name in the raw lake and the crawl-run rows is the source name. Paged feeds follow their
`next` links on the spider's base URL (a mirror or replay never sends the crawl to the real host).
"""

from __future__ import annotations

from typing import Any

from jobwatch.crawlers.spiders.paged import NextLinkSpider


class BoardSpider(NextLinkSpider):
    """Subclasses set `name` and `platform` (Kind.BOARD: the board is the source's name)."""

    def __init__(self, boards: Any = None, base_url: str | None = None, **kwargs: Any):
        kwargs.pop("sources_file", None)  # the one board of a job board is the source itself
        super().__init__(boards=boards or [self.name], base_url=base_url, **kwargs)
