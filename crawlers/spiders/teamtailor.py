"""Teamtailor career sites: the public JSON Feed of `{company}.teamtailor.com`, page by page.

- `GET {base}/jobs.json` -> a JSON Feed 1.1 page: `items` [{`id`, `url`, `title`,
  `content_html` (the advert), `date_published`, `_jobposting`}] and, while more pages follow,
  `next_url` (`.../jobs.json?page=N`).
- `_jobposting` is the item's schema.org JobPosting, read by the project's JSON-LD extraction:
  the places of `jobLocation` (PostalAddress, ISO-2 `addressCountry`), remote from
  `jobLocationType` (TELECOMMUTE; Teamtailor leaves it null for hybrid jobs), `employmentType`,
  `baseSalary` (a MonetaryAmount), `datePosted`, `hiringOrganization`. The feed item's own id,
  title, URL and advert win over the JobPosting's.

The board token is the company's host label (`acme`, or `acme.na` on the regional host); on a
mirror `B` the company is the first path segment: `B/{company}/jobs.json`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from jobwatch.crawlers.extract.ats_common import build_all, load_body, obj, text
from jobwatch.crawlers.extract.board_common import PagedResult
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.jsonld import job_posting
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.platform import Endpoint, Extraction, Kind, Mirror, Platform
from jobwatch.crawlers.replay_routes import numbered_pages, route
from jobwatch.crawlers.spiders.paged import NextLinkSpider
from jobwatch.crawlers.spiders.registry import RegistrySpider

if TYPE_CHECKING:
    from jobwatch.crawlers.items import RawPosting

SOURCE = "teamtailor"


def extract_feed(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> PagedResult:
    """Every job of one feed page, and the feed's `next_url` (as given: the spider places it)."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, "items")
    if failed is not None:
        return PagedResult(errors=failed.errors, page_failed=True)
    built = build_all(data["items"], page, "id", "title", lambda i: _posting(i, page, company))
    return PagedResult(items=built.items, errors=built.errors, next_url=text(data.get("next_url")))


def _posting(item: dict[str, Any], page: Page, company: str | None) -> RawPosting:
    """The item's JobPosting as the JSON-LD extraction reads it, under the feed's own fields."""
    posting = job_posting(obj(item.get("_jobposting")), page, str(item["id"]).strip())
    advert = text(item.get("content_html")) or posting.description_html
    return replace(
        posting,
        title=str(item["title"]).strip(),
        url=text(item.get("url")),
        company=posting.company or company,
        description_html=advert,
        description_text=html_to_text(advert),
        posted_at_raw=posting.posted_at_raw or text(item.get("date_published")),
        updated_at_raw=posting.updated_at_raw or text(item.get("date_modified")),
        payload=item,
    )


PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://{board}.teamtailor.com",
    endpoints=(Endpoint("GET", "/jobs.json", "a JSON Feed, following `next_url` to the end"),),
    # a host name label, with the region of a regional host (`acme.na.teamtailor.com`)
    token=r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[a-z]{2})?",
    token_help="the company's host label (letters, digits, '-'), e.g. acme or acme.na",
    example={"company": "IQM", "platform": SOURCE, "board": "iqm"},
    extraction=Extraction.CALLBACK,  # each page links the next
    request_budget=2000,
    mirror=Mirror.COMPANY,
    replay=(route(r"/(?P<token>[^/]+)/jobs\.json$", numbered_pages),),  # <token>/page-N.json
    notes="on a mirror the company is the first path segment: `{base}/{board}/jobs.json`; "
    "`_jobposting` read as JSON-LD; a page that fails ends the paging and the board is `partial`",
)


class TeamtailorSpider(NextLinkSpider, RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> PagedResult:
        return extract_feed(
            body,
            board=board,
            url=url,
            fetched_at=fetched_at,
            crawl_id=self.crawl_id,
            **self.page_meta(board),
        )

    def next_page_url(self, board: str, next_url: str) -> str:
        """The feed links its next page on the company's host, which a mirror puts in the path:
        only the link's query is taken, onto the board's own feed URL."""
        query = urlsplit(next_url).query
        return f"{self.board_url(board)}?{query}" if query else self.board_url(board)
