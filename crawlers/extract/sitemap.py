"""Sitemap bodies (urlset or sitemapindex) and career-page links -> the URLs to fetch next."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from scrapy.utils.sitemap import Sitemap

_HREF = re.compile(r"""<a\b[^>]*\bhref\s*=\s*["']([^"'#]+)["']""", re.I)


@dataclass
class SitemapLinks:
    pages: list[str] = field(default_factory=list)  # <urlset> entries
    sitemaps: list[str] = field(default_factory=list)  # <sitemapindex> entries
    error: str | None = None


def looks_like_sitemap(url: str, body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    xml_start = head.startswith((b"<?xml", b"<urlset", b"<sitemapindex"))
    return url.split("?")[0].endswith(".xml") or xml_start


def sitemap_links(body: bytes, follow: re.Pattern[str] | None = None) -> SitemapLinks:
    """Page and sub-sitemap URLs of a sitemap; `follow` keeps only the job pages among pages."""
    try:
        sitemap = Sitemap(body)
    except Exception as exc:  # lxml raises several types on hopeless input
        return SitemapLinks(error=f"not a sitemap: {type(exc).__name__}: {exc}")
    if sitemap.type not in ("urlset", "sitemapindex"):
        return SitemapLinks(error=f"not a sitemap: the root element is <{sitemap.type}>")
    locs = [str(entry["loc"]).strip() for entry in sitemap if entry.get("loc")]
    if sitemap.type == "sitemapindex":
        return SitemapLinks(sitemaps=locs)
    return SitemapLinks(pages=[u for u in locs if follow is None or follow.search(u)])


def page_links(page_html: str, page_url: str, follow: re.Pattern[str]) -> list[str]:
    """Links of a career page on its own host whose URL matches `follow`, first seen first."""
    host = urlsplit(page_url).netloc
    found = (urljoin(page_url, href.strip()) for href in _HREF.findall(page_html))
    return list(dict.fromkeys(u for u in found if urlsplit(u).netloc == host and follow.search(u)))
