"""The page archive of a crawl: every fetched page's body verbatim, plus an index in fetch order.

Inside the crawl directory (flat, like every other file there, so lake syncs copy it as is):

    _pages.jsonl              one line per page, in fetch order (the order extraction follows)
    _pages.<board>.<n>.body   the page's body exactly as served (n counts the board's pages from 1)

Readers of postings skip these: they are not `<board>.jsonl` and their names start with `_`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from jobwatch.core.layout import PAGES, page_body_name
from jobwatch.crawlers.pipelines.lines import encode_line

if TYPE_CHECKING:
    from jobwatch.crawlers.items import PageBody

INDEX = PAGES


@dataclass(frozen=True)
class ArchivedPage:
    """One `_pages.jsonl` line: where a body came from and which file holds it."""

    seq: int  # fetch order within the crawl, from 0
    source: str
    crawl_id: str
    board: str
    url: str
    fetched_at: str
    http_status: int
    file: str  # relative to the archive directory
    bytes: int
    meta: dict[str, Any] = field(default_factory=dict)  # extractor arguments (e.g. company)


class PageArchive:
    """Appends pages as they arrive: the body to its own file, one index line after it."""

    def __init__(self, directory: Path, *, source: str, crawl_id: str):
        self.directory, self.source, self.crawl_id = directory, source, crawl_id
        self.pages = 0
        self._per_board: dict[str, int] = {}
        self._index: IO[bytes] | None = None

    def add(self, page: PageBody) -> ArchivedPage:
        n = self._per_board[page.board] = self._per_board.get(page.board, 0) + 1
        name = page_body_name(page.board, n)
        (self.directory / name).write_bytes(page.body)
        entry = ArchivedPage(
            seq=self.pages,
            source=self.source,
            crawl_id=self.crawl_id,
            board=page.board,
            url=page.url,
            fetched_at=page.fetched_at,
            http_status=page.http_status,
            file=name,
            bytes=len(page.body),
            meta=page.meta,
        )
        if self._index is None:
            self._index = (self.directory / INDEX).open("ab")
        self._index.write(encode_line(asdict(entry)) + b"\n")
        self.pages += 1
        return entry

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None


def read_index(directory: Path) -> list[ArchivedPage]:
    """The archived pages of a crawl directory in fetch order ([] when it archived none)."""
    path = Path(directory) / INDEX
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as lines:
        return [ArchivedPage(**json.loads(line)) for line in lines if line.strip()]


def read_body(directory: Path, page: ArchivedPage) -> bytes:
    return (Path(directory) / page.file).read_bytes()
