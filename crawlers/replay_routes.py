"""Replay route registry: each source's real API path -> how its recorded body is served."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobwatch.crawlers import replay_boards as boards

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
    """One recorded body per board: `<token>.json` (or `<platform>.json` for a board-less API)."""
    return rec.read(route.platform, f"{route.token(match)}{route.suffix}")


def detail_file(
    rec: Recordings, route: Route, match: re.Match[str], query: dict[str, str]
) -> bytes | None:
    """A per-posting detail body: `<token>/<id>.json`."""
    return rec.read(route.platform, route.token(match), f"{match.group('id')}{route.suffix}")


def offset_paged(
    list_key: str = "content", total_key: str = "totalFound", default_limit: int = 100
) -> Serve:
    """limit/offset paging emulated over one recorded list `{total_key: N, list_key: [...]}`.

    The recording's total is served as recorded, so a recording that claims more postings than it
    holds replays a source whose paging ends early.
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
    names the board (faults and hit counts are keyed by it)."""

    pattern: re.Pattern[str]
    platform: str  # recordings under <root>/<platform>/week=W/
    serve: Serve = whole_file
    content_type: str = JSON
    suffix: str = ".json"  # recorded file extension

    def token(self, match: re.Match[str]) -> str:
        return match.groupdict().get("token") or self.platform


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# Sources append their routes here; the first route whose pattern matches wins (order matters only
# when patterns overlap: put the more specific one first).
ROUTES: list[Route] = [
    # boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true
    Route(_r(r"/v1/boards/(?P<token>[^/]+)/jobs$"), "greenhouse"),
    # api.lever.co (and api.eu.lever.co)/v0/postings/{site}?mode=json
    Route(_r(r"/v0/postings/(?P<token>[^/]+)/?$"), "lever"),
    # api.ashbyhq.com/posting-api/job-board/{org}?includeCompensation=true
    Route(_r(r"/posting-api/job-board/(?P<token>[^/]+)/?$"), "ashby"),
    # apply.workable.com/api/v1/widget/accounts/{slug}?details=true
    Route(_r(r"/api/v1/widget/accounts/(?P<token>[^/]+)/?$"), "workable"),
    # api.smartrecruiters.com/v1/companies/{id}/postings/{postingId}: <token>/<postingId>.json
    Route(
        _r(r"/v1/companies/(?P<token>[^/]+)/postings/(?P<id>[^/]+)$"),
        "smartrecruiters",
        detail_file,
    ),
    # api.smartrecruiters.com/v1/companies/{id}/postings?limit=&offset=: one recorded full list
    Route(_r(r"/v1/companies/(?P<token>[^/]+)/postings$"), "smartrecruiters", offset_paged()),
    # {co}.recruitee.com/api/offers/ ; on a mirror the company is the first path segment
    Route(_r(r"/(?P<token>[^/]+)/api/offers/?$"), "recruitee"),
    # Job boards (crawlers/replay_boards.py): the token is the source, faults key on it or a path.
    Route(_r(r"/api/?$"), "remoteok"),  # remoteok.com/api -> remoteok.json
    Route(_r(r"/api/remote-jobs/?$"), "remotive"),  # remotive.com/api/remote-jobs -> remotive.json
    Route(_r(r"/api/job-board-api/?$"), "arbeitnow", boards.arbeitnow_page),  # page-N.json
    Route(_r(r"/api/v1/search_by_date$"), "hn", boards.hn_search),  # search.json
    Route(_r(r"/api/v1/items/(?P<id>\d+)$"), "hn", boards.hn_item),  # items/<id>.json
    # JSON-LD sites as {base}/{host}/{path} -> <host>/<path> (index.html for a trailing "/").
    # Last: it matches any path whose first segment looks like a host name.
    Route(
        _r(r"/(?P<token>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?P<rest>/.*)$"),
        "jsonld",
        boards.site_file,
        content_type=boards.HTML,
    ),
]
