"""A loopback stand-in for every board of a registry: each platform's recorded-format fixture
(tests/crawlers, RECORDINGS) answers for any board token of that platform, so a weekly refresh
over thousands of real registry rows runs on 127.0.0.1 without a recording per board.

A request for board X is served what the fixture recorded for its own board (the token in the
path swapped, or in the query: Oracle's site number, Jobvite's company code); a JSON-LD site
answers its registry url with a sitemap of one job page that its `follow` pattern takes, and any
other page of the site with the fixture's job page. The fixtures' company names become the
board's, so each board is its own company (as on the real platforms).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from jobwatch.crawlers.replay import ReplayServer

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from jobwatch.crawlers.sources import Source
    from tests.crawlers.recording import Recording

# Job page paths tried against a site's `follow` pattern; the first it takes is the sitemap's page.
JOB_PATHS = (
    "/jobs/1", "/job/1", "/job-1", "/en/job/1", "/us/en/job/1", "/global/en/job/1",
    "/careers/job/1", "/vacancies/1", "/vacatures/1", "/stellenangebote/1", "/position/1",
    "/jobs/view/1", "/job/1/", "/jobs/1/", "/offre/1", "/en/jobs/1",
)  # fmt: skip
SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{}</loc></url></urlset>'
)


def fixtures() -> dict[str, Recording]:
    """The RECORDINGS of every test module in tests/crawlers, by platform."""
    import tests.crawlers

    found: dict[str, Recording] = {}
    for module in pkgutil.iter_modules(tests.crawlers.__path__):
        if module.name.startswith("test_"):
            imported = importlib.import_module(f"tests.crawlers.{module.name}")
            found |= getattr(imported, "RECORDINGS", {})
    return found


def job_path(follow: str | None, host: str) -> str | None:
    """A job page path on `host` that the site's follow pattern takes (any, without one)."""
    if follow is None:
        return JOB_PATHS[0]
    pattern = re.compile(follow)
    return next((p for p in JOB_PATHS if pattern.search(f"https://{host}{p}")), None)


class StandIn(ReplayServer):
    """A ReplayServer answering any board of the declared platforms from their fixtures."""

    def __init__(self, root: Path, sites: list[Source], week: dt.date, **options: Any) -> None:
        self.templates = fixtures()
        for platform, recording in self.templates.items():
            recording.write(root, platform, week)
        self.sites = {_site_key(dict(s.extras)["url"]): s for s in sites}  # (host, path)
        template = self.templates["jsonld"]
        self.site_page = next(str(b) for n, b in template.files.items() if "/jobs/1" in n)
        super().__init__(root, week=week, **options)

    def recorded_body(
        self, path: str, query: dict[str, str], method: str = "GET"
    ) -> tuple[bytes, str] | int | None:
        found = self.route(path)
        if found is None:
            return None
        route, match = found
        if route.platform == "jsonld":
            return self.site_body(match.group("token"), match.group("rest"))
        template = self.templates.get(route.platform)
        token = route.token(match)
        if template is not None and match.groupdict().get("token"):
            start, end = match.span("token")
            path = path[:start] + template.board + path[end:]
        if template is not None and route.platform == "jobvite":  # the company code: ?c=CODE
            query = query | {"c": template.board}
        if template is not None and "siteNumber=" in query.get("finder", ""):  # Oracle's site
            site = f"siteNumber={template.board.rsplit('/', 1)[-1]}"
            query = query | {"finder": re.sub(r"siteNumber=[^,;]*", site, query["finder"])}
        found = super().recorded_body(path, query, method)
        if isinstance(found, tuple):  # each board its own company, as on the real platforms
            return own_company(found[0], token), found[1]
        return found

    def site_body(self, host: str, rest: str) -> tuple[bytes, str] | None:
        """The registry url of a site: a sitemap of one job page; any other page: a job page."""
        site = self.sites.get((host, rest.split("?")[0]))
        if site is not None:
            page = job_path(dict(site.extras).get("follow"), host)
            links = f"https://{host}{page}" if page else f"https://{host}/about"
            return SITEMAP.format(links).encode(), "application/xml"
        if not any(known == host for known, _ in self.sites):
            return None
        return own_company(self.site_page.encode(), host), "text/html; charset=utf-8"


def _site_key(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.netloc, parts.path or "/"


def own_company(body: bytes, token: str) -> bytes:
    """The fixtures' companies (Acme..., Corvid) named after the board, so that thousands of
    boards are thousands of companies and not one company's thousands of identical postings
    (which the dedup pass would compare pairwise)."""
    name = re.sub(r"[^A-Za-z0-9]+", " ", token).strip().title().encode()
    return re.sub(rb"\b(Acme|Corvid)\b", name, body)
