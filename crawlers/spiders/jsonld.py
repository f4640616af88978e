"""Generic schema.org JobPosting spider: career pages or sitemaps listed in sources.yaml.

    - {company: Acme, platform: jsonld, board: acme, url: https://acme.example/careers/sitemap.xml,
       follow: /jobs/}

`url` is a career page (its JSON-LD is read, and with `follow` its links matching that regex are
read too) or a sitemap (its pages matching `follow` are read; a sitemap index is descended).
With a base URL, `https://host/path` is fetched as `{base}/host/path` (a replay or caching proxy
keyed by host); postings keep their real URLs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import yaml

from jobwatch.core.errors import UserError
from jobwatch.crawlers.extract.board_common import PagedResult
from jobwatch.crawlers.extract.jsonld import SOURCE, extract_page
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.extract.sitemap import looks_like_sitemap, page_links, sitemap_links
from jobwatch.crawlers.sources import DEFAULT_PATH, load_sources
from jobwatch.crawlers.spiders.base import AtsSpider, normalize_base_url

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterable

    import scrapy
    from scrapy.crawler import Crawler
    from scrapy.http import Response

    from jobwatch.crawlers.extract.result import ExtractResult

MAX_DEPTH = 3  # sitemap index -> sitemap -> job page


@dataclass(frozen=True)
class Site:
    url: str
    follow: re.Pattern[str] | None = None


def jsonld_sites(path: Path | str | None = None) -> dict[str, Site]:
    """The `platform: jsonld` entries of a sources file by board, with their URL and pattern."""
    path = Path(path) if path is not None else DEFAULT_PATH
    load_sources(path)  # a missing or invalid file is a UserError with the usual message
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    sites = {}
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or str(entry.get("platform", "")).lower() != SOURCE:
            continue
        board, url = str(entry.get("board")), str(entry.get("url") or "").strip()
        if urlsplit(url).scheme not in ("http", "https"):
            raise UserError(f"{path}: jsonld board {board!r} needs an http(s) url, got {url!r}")
        try:
            follow = re.compile(entry["follow"]) if entry.get("follow") else None
        except re.error as exc:
            raise UserError(f"{path}: jsonld board {board!r}: bad follow pattern: {exc}") from None
        sites[board] = Site(url, follow)
    return sites


class JsonLdSpider(AtsSpider):
    name = SOURCE
    base_url_setting = "JSONLD_BASE_URL"
    api_path = ""

    def __init__(self, boards: Any = None, base_url: str | None = None, **kwargs: Any):
        self.sites = jsonld_sites(kwargs.get("sources_file"))
        super().__init__(boards=boards, base_url=base_url, **kwargs)
        self.fetched: dict[str, tuple[str, int]] = {}  # fetched URL -> (real URL, depth)

    @classmethod
    def known_boards(cls, sources_file: Path | str | None = None) -> list[str]:
        """The jsonld boards of the sources file, each checked (make_plan calls this early)."""
        return list(jsonld_sites(sources_file))

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> JsonLdSpider:
        # AtsSpider.from_crawler insists on a base URL; here the sites' own URLs are the default.
        spider = super(AtsSpider, cls).from_crawler(crawler, *args, **kwargs)
        base = spider.base_url_arg or crawler.settings.get(cls.base_url_setting)
        spider.base_url = normalize_base_url(base) if base else ""
        spider.crawl_id = crawler.settings.get("JOBWATCH_CRAWL_ID") or "unknown"
        return spider

    def via_base(self, real_url: str) -> str:
        if not self.base_url:
            return real_url
        parts = urlsplit(real_url)
        query = f"?{parts.query}" if parts.query else ""
        return f"{self.base_url}/{parts.netloc}{parts.path or '/'}{query}"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for board in self.boards:
            yield self.fetch(board, self.sites[board].url, depth=0)

    def fetch(self, board: str, real_url: str, *, depth: int) -> scrapy.Request:
        url = self.via_base(real_url)
        self.fetched[url] = (real_url, depth)
        return self.page_request(board, url)

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        real_url, depth = self.fetched.get(url, (url, MAX_DEPTH))
        site = self.sites[board]
        if looks_like_sitemap(real_url, body):
            links = sitemap_links(body, site.follow)
            if links.error:
                page = Page(SOURCE, board, real_url, fetched_at, self.crawl_id)
                failed = page.failed("not_sitemap", links.error, body)
                return PagedResult(errors=failed.errors, page_failed=True)
            return PagedResult(notes={"follow": links.sitemaps + links.pages, "depth": depth})
        result = extract_page(
            body, board=board, url=real_url, fetched_at=fetched_at, crawl_id=self.crawl_id
        )
        if site.follow is not None and depth == 0:  # a career page listing its job pages
            html = body.decode("utf-8", errors="replace")
            result.notes["follow"] = page_links(html, real_url, site.follow)
        result.notes["depth"] = depth
        return result

    def next_requests(self, response: Response, result: ExtractResult) -> Iterable[scrapy.Request]:
        notes = result.notes if isinstance(result, PagedResult) else {}
        depth = int(notes.get("depth", MAX_DEPTH))
        if depth >= MAX_DEPTH:
            return
        seen = {real for real, _ in self.fetched.values()}
        for real_url in notes.get("follow", []):
            if real_url not in seen:
                seen.add(real_url)
                yield self.fetch(response.meta["board"], real_url, depth=depth + 1)
