"""Gem job boards: the public Job Board API of `jobs.gem.com/{board}`, one request per board.

- `GET {base}/job_board/v0/{board}/job_posts/` (the trailing slash is part of the path) -> a JSON
  list of every live job post, in Greenhouse's job-board shape: `id`, `title`, `absolute_url`,
  `location` {`name`}, `offices` [{`name`, `location` {`name`}}], `location_type` (remote |
  hybrid | in_office), `employment_type`, `departments` [{`name`}], `content` (the advert as
  HTML) and `content_plain`, `first_published_at`, `updated_at`, `requisition_id`.

The API states no pay as data (an advert that states it says so in its text) and does not name
the company: the registry does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.ats_common import build_all, join_text, load_body, obj, text
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting
from jobwatch.crawlers.platform import SLUG, SLUG_HELP, Endpoint, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.registry import RegistrySpider

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "gem"


def extract_job_posts(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> ExtractResult:
    """Every job post of one Gem board."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    posts, failed = load_body(body, page, None)
    if failed is not None:
        return failed
    return build_all(posts, page, "id", "title", lambda post: _posting(post, page, company))


def _posting(post: dict[str, Any], page: Page, company: str | None) -> RawPosting:
    description_html = text(post.get("content"))
    return RawPosting(
        **page.stamp(),
        source_id=str(post["id"]).strip(),
        title=str(post["title"]).strip(),
        url=text(post.get("absolute_url")),
        company=company,
        location_raw=_places(post),
        remote_raw=text(post.get("location_type")),
        employment_type_raw=text(post.get("employment_type")),
        department_raw=_names(post.get("departments"), ", "),
        description_html=description_html,
        description_text=html_to_text(description_html) or text(post.get("content_plain")),
        posted_at_raw=text(post.get("first_published_at")),
        updated_at_raw=text(post.get("updated_at")),
        payload=post,
    )


def _places(post: dict[str, Any]) -> str | None:
    """The post's location, then each office's place it does not already name ("A; B")."""
    offices = [obj(office.get("location")).get("name") for office in _objects(post.get("offices"))]
    return join_text([obj(post.get("location")).get("name"), *offices])


def _names(entries: Any, sep: str) -> str | None:
    """The `name` of each entry of a list of objects, joined."""
    return join_text([entry.get("name") for entry in _objects(entries)], sep)


def _objects(value: Any) -> list[dict[str, Any]]:
    """The objects of a list, or [] when the source sent null or something else."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://api.gem.com",
    endpoints=(Endpoint("GET", "/job_board/v0/{board}/job_posts/", "every live post at once"),),
    token=SLUG,  # the board's path on jobs.gem.com
    token_help=SLUG_HELP,
    example={"company": "Groq", "platform": SOURCE, "board": "groq"},
    extraction=Extraction.ARCHIVE,  # one page per board: nothing to read for navigation
    extractor=extract_job_posts,
    request_budget=2000,
    replay=(route(r"/job_board/v0/(?P<token>[^/]+)/job_posts/$"),),
    notes="the board from `jobs.gem.com/{board}`; no pay as data (only in the advert's text); "
    "the company from the registry",
)


class GemSpider(RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM
