"""ListPage: what one page of a paged list gives (crawlers/spiders/list_detail.py pages on it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.ats_common import record_problem
from jobwatch.crawlers.extract.result import ExtractResult

if TYPE_CHECKING:
    from collections.abc import Callable

    from jobwatch.crawlers.extract.page import Page


@dataclass
class ListPage(ExtractResult):
    """A list page: the postings to fetch details for (no items yet) and the paging figures."""

    postings: list[dict[str, Any]] = field(default_factory=list)
    offset: int = 0
    total: int | None = None  # the total the API states
    entries: int = 0  # postings on the page, good or bad (the paging step)
    has_more: bool | None = None  # the API's own "more pages" flag, where it has one


def list_page(
    entries: list[Any],
    page: Page,
    id_key: str,
    title_key: str,
    *,
    bad_id: Callable[[str], str | None] | None = None,
    total: int | None = None,
    offset: int = 0,
    has_more: bool | None = None,
) -> ListPage:
    """The page's entries with an id and a title to fetch details for; the others quarantined
    with their reason. `bad_id` says what is wrong with an id (it goes into a detail URL)."""
    result = ListPage(total=total, offset=offset, entries=len(entries), has_more=has_more)
    for entry in entries:
        problem = record_problem(entry, id_key, title_key)
        wrong = bad_id(str(entry[id_key]).strip()) if problem is None and bad_id else None
        if wrong:
            problem = ("bad_record", f"{id_key} {entry[id_key]!r} {wrong}")
        if problem:
            result.errors.append(page.quarantine(*problem, entry))
        else:
            result.postings.append(entry)
    return result
