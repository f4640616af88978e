"""A platform's recorded-format fixture: replay files of one board and what crawling it gives.

Every declared platform has one, in a `RECORDINGS = {platform: Recording(...)}` of a test module
here; tests/crawlers/test_platforms.py crawls each through its declared replay route and mirror.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tests.crawlers.conftest import WEEK

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path


@dataclass(frozen=True)
class Recording:
    board: str  # the token a crawl is given (`--board`)
    files: dict[str, Any]  # path under <platform>/week=W/ -> body (text, bytes, or JSON data)
    source_ids: list[str]  # what a crawl of the board writes, in order
    registry: dict[str, str] = field(default_factory=dict)  # the registry row's own fields

    def write(self, root: Path, platform: str, week: dt.date = WEEK) -> Path:
        """The replay tree root/<platform>/week=W/... (root returned, for ReplayServer)."""
        for name, body in self.files.items():
            path = root / platform / f"week={week.isoformat()}" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            data = body if isinstance(body, str | bytes) else json.dumps(body)
            path.write_bytes(data.encode() if isinstance(data, str) else data)
        return root

    def registry_row(self, platform: str) -> str:
        """The board as one sources.yaml line."""
        row = {"company": "Acme Inc", "platform": platform, "board": self.board, **self.registry}
        return f"- {json.dumps(row)}\n"
