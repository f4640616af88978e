"""SAP SuccessFactors career sites: the public job feed of a Recruiting Marketing site
(`https://{host}/googlefeed.xml`, e.g. jobs.sap.com), no key, one request per site.

`GET {base}/googlefeed.xml` -> RSS 2.0 in the Google Base namespace (`g:`), one `<item>` per open
job: `title` (the site appends " (<location>)"), `link` (the job's page, `.../job/<slug>/<id>/`),
`description` (the advert's HTML in CDATA, on some sites entity-escaped once more, on some only the
title again), `guid`, `pubDate` (where given; read as ISO 8601, the original kept in the payload),
`g:id`, `g:location`, `g:employer`, `g:job_function`, `g:job_type`, `g:expiration_date` and
`g:salary` (a bare figure: no currency, no period, so it is left in the payload).

The board token is the career site's host; on a mirror `B` it is the first path segment:
`B/{host}/googlefeed.xml`. There is no remote flag: the location and the text say it.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.ats_common import build_all, rfc822_date, text
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.extract.xml_body import load_xml
from jobwatch.crawlers.items import RawPosting
from jobwatch.crawlers.platform import Endpoint, Extraction, Kind, Mirror, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.registry import RegistrySpider

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "successfactors"
G = "{http://base.google.com/ns/1.0}"  # the Google Base namespace of the item fields
ITEM_FIELDS = ("title", "link", "description", "guid", "pubDate")
JOB_ID_IN_LINK = re.compile(r"/(\d{3,})/?(?:[?#].*)?$")  # `.../job/Berlin-Engineer/1274082401/`
NO_FUNCTION = {"ATS_WEBFORM"}  # what some sites put where the job function goes


def extract_feed(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> ExtractResult:
    """Every job of one career site's feed."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    root, error = load_xml(body)
    if error is not None:
        return page.failed(error.reason, error.detail, body)
    channel = root.find("channel")
    if root.tag != "rss" or channel is None:
        return page.failed("unexpected_shape", f"expected <rss><channel>, got <{root.tag}>", body)
    items = [_fields(item) for item in channel.iterfind("item")]
    return build_all(items, page, "id", "title", lambda i: _posting(i, page, company))


def _fields(item: Any) -> dict[str, str]:
    """An item's fields by name (`g:` ones without the namespace); `id` is the job's id."""
    fields = {
        (child.tag[len(G) :] if child.tag.startswith(G) else child.tag): "".join(child.itertext())
        for child in item
        if isinstance(child.tag, str)
    }
    found = JOB_ID_IN_LINK.search(fields.get("link", ""))
    fields["id"] = fields.get("id") or fields.get("guid") or (found.group(1) if found else "")
    return fields


def _posting(item: dict[str, str], page: Page, company: str | None) -> RawPosting:
    place = text(item.get("location"))
    title = _title(item["title"], place)
    description_html = _description(item.get("description"), title)
    function = text(item.get("job_function"))
    return RawPosting(
        **page.stamp(),
        source_id=item["id"].strip(),
        title=title,
        url=text(item.get("link")),
        company=text(item.get("employer")) or company,
        location_raw=place,
        remote_raw=None,
        employment_type_raw=text(item.get("job_type")),
        department_raw=function if function not in NO_FUNCTION else None,
        description_html=description_html,
        description_text=html_to_text(description_html),
        posted_at_raw=rfc822_date(item.get("pubDate")) or text(item.get("pubDate")),
        payload=item,
    )


def _title(title: str, place: str | None) -> str:
    """The title without the " (<location>)" the site appends; other brackets stay."""
    title = " ".join(title.split())
    suffix = f" ({place})" if place else None
    return title[: -len(suffix)].strip() if suffix and title.endswith(suffix) else title


def _description(raw: str | None, title: str) -> str | None:
    """The advert's HTML: entity-escaped once more on some sites; only the title again on others
    (no description at all)."""
    value = text(raw)
    if value and "<" not in value and "&lt;" in value:
        value = html.unescape(value)
    if value and " ".join((html_to_text(value) or "").split()).casefold() == title.casefold():
        return None
    return value


PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://{board}",
    endpoints=(Endpoint("GET", "/googlefeed.xml", "every open job in one RSS document"),),
    token=r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+",
    token_help="the career site's host in lower case, e.g. jobs.sap.com",
    example={"company": "SAP", "platform": SOURCE, "board": "jobs.sap.com"},
    extraction=Extraction.ARCHIVE,  # one page per board: nothing to read for navigation
    extractor=extract_feed,
    request_budget=2000,
    mirror=Mirror.COMPANY,
    replay=(
        route(
            r"/(?P<token>[^/]+)/googlefeed\.xml$",
            content_type="application/rss+xml; charset=utf-8",
            suffix=".xml",
        ),
    ),
    notes="board: the career site's host; on a mirror `{base}/{board}/googlefeed.xml`; the "
    "location the site appends to titles is kept as the place and cut from the title",
)


class SuccessFactorsSpider(RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM
