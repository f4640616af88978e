"""Replay routes: a request path -> how its recorded body is served (declared per platform)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

JSON = "application/json; charset=utf-8"


class Recordings:
    """Recorded bodies of one replay: `<root>/<platform>/week=W/...` (W picked per platform)."""

    def __init__(self, week_dirs: dict[str, Path | None]) -> None:
        self.week_dirs = week_dirs

    def file(self, platform: str, *parts: str) -> Path | None:
        """A recorded file of the platform's picked week; None if absent or the name is unsafe."""
        week_dir = self.week_dirs.get(platform)
        if week_dir is None or any(not p or "/" in p or p.startswith(".") for p in parts):
            return None
        path = week_dir.joinpath(*parts)
        return path if path.is_file() else None

    def read(self, platform: str, *parts: str) -> bytes | None:
        path = self.file(platform, *parts)
        return path.read_bytes() if path else None


# serve(recordings, route, match, query) -> body, or None for a 404 (the query's last values).
Serve = Callable[["Recordings", "Route", re.Match[str], dict[str, str]], bytes | None]


def whole_file(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """One recorded body per board: `<token>.json` (or `<platform>.json` for a board-less API);
    a token of several segments (`tenant/site`) is a path: `tenant/site.json`."""
    return rec.read(route.platform, *_path(route.token(match), route.suffix))


def detail_file(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """A per-posting detail body: `<token>/<id>.json` (an id of several segments is a path)."""
    token, posting = route.token(match), match.group("id")
    return rec.read(route.platform, *token.split("/"), *_path(posting, route.suffix))


def numbered_pages(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """A board paged by `?page=N`: `<token>/page-N.json` (page 1 when absent); a page not
    recorded answers 404."""
    page = query.get("page", "1")
    token = route.token(match).split("/")
    return (
        rec.read(route.platform, *token, f"page-{page}{route.suffix}") if page.isdigit() else None
    )


def _path(name: str, suffix: str) -> list[str]:
    """`a/b` + `.json` -> ["a", "b.json"]: the recorded file's path segments."""
    *parents, last = name.split("/")
    return [*parents, f"{last}{suffix}"]


def offset_paged(
    list_key: str = "content",
    total_key: str = "totalFound",
    default_limit: int = 100,
    *,
    total_on_first_page_only: bool = False,
) -> Serve:
    """limit/offset paging emulated over one recorded list `{total_key: N, list_key: [...]}`;
    the offset and limit come from the query string, or from a POST's JSON body.

    The recording's total is served as recorded, so a recording that claims more postings than it
    holds replays a source whose paging ends early. Some APIs (Workday) state the total on the
    first page only and 0 on later ones: `total_on_first_page_only`.
    """

    def serve(
        rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
    ) -> bytes | None:
        body = whole_file(rec, route, match, query)
        if body is None:
            return None
        data = json.loads(body)
        items = data.get(list_key) or []
        offset, limit = _int(query.get("offset"), 0), _int(query.get("limit"), default_limit)
        total = data.get(total_key, len(items))
        if total_on_first_page_only and offset > 0:
            total = 0
        page = {
            "offset": offset,
            "limit": limit,
            total_key: total,
            list_key: items[offset : offset + limit],
        }
        return json.dumps(page).encode()

    return serve


def _int(value: str | None, default: int) -> int:
    try:
        return max(0, int(value)) if value is not None else default
    except ValueError:
        return default


@dataclass(frozen=True)
class Route:
    """`pattern` is searched in the request path (so a mirror prefix is fine); its `token` group
    names the board (faults and hit counts are keyed by it; it may span segments: `tenant/site`)."""

    pattern: re.Pattern[str]
    platform: str = ""  # recordings under <root>/<platform>/week=W/ (set from the declaration)
    serve: Serve = whole_file
    content_type: str = JSON
    suffix: str = ".json"  # recorded file extension
    method: str = "GET"  # another method on this path is answered 405
    fallback: bool = False  # matches broadly (any host-like segment): tried after the others

    def token(self, match: re.Match[str]) -> str:
        return match.groupdict().get("token") or self.platform


def route(pattern: str, serve: Serve = whole_file, **options: Any) -> Route:
    """A route of a platform declaration (the declaration fills in the platform)."""
    return Route(re.compile(pattern), serve=serve, **options)
