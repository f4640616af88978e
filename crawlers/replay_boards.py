"""Replay serving for the job boards: Arbeitnow pages, HN search and thread items, JSON-LD sites."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re

    from jobwatch.crawlers.replay_routes import Recordings, Route

HTML = "text/html; charset=utf-8"


def arbeitnow_page(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """`?page=N` -> `page-N.json` (page 1 when absent); a page not recorded answers 404."""
    page = query.get("page", "1")
    return rec.read(route.platform, f"page-{page}.json") if page.isdigit() else None


def hn_search(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """`/api/v1/search_by_date?...` -> `search.json` (one recorded answer for any query)."""
    return rec.read(route.platform, "search.json")


def hn_item(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """`/api/v1/items/{id}` -> `items/{id}.json`."""
    return rec.read(route.platform, "items", f"{match.group('id')}.json")


def site_file(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """`/{host}/a/b/` -> `{host}/a/b/index.html`; `/{host}/jobs/1` -> `{host}/jobs/1`."""
    parts = match.group("rest").split("/")[1:]
    if not parts or not parts[-1]:
        parts = [*parts[:-1], "index.html"]
    return rec.read(route.platform, match.group("token"), *parts)
