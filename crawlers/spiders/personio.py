"""Personio career sites: the public XML feed of `{company}.jobs.personio.{de,com}`.

- `GET {base}/xml?language=en` -> `<workzag-jobs>` with one `<position>` per published job:
  `id`, `subcompany`, `office`, `additionalOffices/office`, `department`, `recruitingCategory`,
  `name` (the title), `jobDescriptions/jobDescription` (`name` + HTML `value` in CDATA),
  `employmentType`, `seniority`, `schedule`, `yearsOfExperience`, `occupation`, `createdAt`, and
  `salaryInformation` (`min`, `max`, `currencyCode`, `type`) where the company publishes pay.
  One document per company, no paging; `language=en` asks for the English texts.

The board token is the company's host label; the registry row names the domain (`domain: de`).
On a mirror `B` the company is the first path segment: `B/{company}/xml`. The feed carries no
job URL: the posting's page `https://{company}.jobs.personio.{domain}/job/{id}` is built when
the registry names the domain. There is no remote flag (the office names may say "Remote").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from jobwatch.crawlers.extract.ats_common import (
    build_all,
    join_text,
    obj,
    salary_text,
    structured,
    text,
)
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.extract.xml_body import element_value, load_xml
from jobwatch.crawlers.items import RawPosting
from jobwatch.crawlers.platform import Endpoint, Extra, Extraction, Kind, Mirror, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.registry import RegistrySpider

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "personio"
ROOT = "workzag-jobs"


def extract_positions(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
    site: str | None = None,
) -> ExtractResult:
    """Every position of one Personio feed; `site` (the career site's origin) makes job URLs."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    root, error = load_xml(body)
    if error is not None:
        return page.failed(error.reason, error.detail, body)
    if root.tag != ROOT:
        return page.failed("unexpected_shape", f"expected <{ROOT}>, got <{root.tag}>", body)
    positions = [element_value(p) for p in root.iterfind("position")]
    return build_all(positions, page, "id", "name", lambda p: _posting(p, page, company, site))


def _posting(
    position: dict[str, Any], page: Page, company: str | None, site: str | None
) -> RawPosting:
    source_id = str(position["id"]).strip()
    description_html = _description(position.get("jobDescriptions"))
    salary = _salary(position.get("salaryInformation"))
    return RawPosting(
        **page.stamp(),
        source_id=source_id,
        title=str(position["name"]).strip(),
        url=f"{site}/job/{quote(source_id, safe='')}" if site else None,
        company=company or text(position.get("subcompany")),
        location_raw=join_text([position.get("office"), *_listed(position, "additionalOffices")]),
        remote_raw=None,
        employment_type_raw=join_text(
            [position.get("employmentType"), position.get("schedule")], ", "
        ),
        department_raw=text(position.get("department")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=salary_text(salary),
        salary_structured=salary,
        posted_at_raw=text(position.get("createdAt")),
        payload=position,
    )


def _listed(position: dict[str, Any], key: str) -> list[Any]:
    value = position.get(key)
    return value if isinstance(value, list) else []


def _description(blocks: Any) -> str | None:
    """The description blocks in order, each under its own heading."""
    parts = []
    for block in blocks if isinstance(blocks, list) else []:
        value = text(obj(block).get("value"))
        if value:
            name = text(obj(block).get("name"))
            parts.append(f"<h3>{name}</h3>{value}" if name else value)
    return "\n".join(parts) or None


def _salary(info: Any) -> dict[str, Any] | None:
    """`salaryInformation` as stated ("60000.00" yearly stays a string: the pipeline reads it)."""
    pay = obj(info)
    currency = pay.get("currencyCode") or pay.get("currencySymbol")
    return structured(text(pay.get("min")), text(pay.get("max")), currency, pay.get("type"))


PLATFORM = Platform(
    name=SOURCE,
    kind=Kind.ATS,
    base_url="https://{board}.jobs.personio.{domain}",
    endpoints=(Endpoint("GET", "/xml?language=en", "one XML document per company"),),
    token=r"[A-Za-z0-9][A-Za-z0-9-]*",  # a host name label
    token_help="letters, digits and '-' (a host name), starting with a letter or digit",
    extras=(
        Extra(
            "domain",
            "the career site's domain: de (.jobs.personio.de) or com (.jobs.personio.com)",
            choices=("de", "com"),
            required=True,
            casefold=True,
        ),
    ),
    example={"company": "deepset", "platform": SOURCE, "board": "deepset", "domain": "de"},
    extraction=Extraction.ARCHIVE,  # one document per board: nothing to read for navigation
    extractor=extract_positions,
    request_budget=2000,
    mirror=Mirror.COMPANY,
    replay=(
        route(r"/(?P<token>[^/]+)/xml$", content_type="text/xml; charset=utf-8", suffix=".xml"),
    ),
    notes="XML parsed without entity expansion; the registry row names the domain (`domain: de`"
    " or `com`; none needed on a mirror: `{base}/{board}/xml`); no remote flag in the feed",
)


class PersonioSpider(RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM

    def page_meta(self, board: str) -> dict[str, Any]:
        """The registry's company name and, when it names the domain, the career site's origin."""
        extras = self.extras_of(board)
        site = None
        if "domain" in extras and PLATFORM.base_url is not None:
            values = {k: quote(v, safe="") for k, v in PLATFORM.values(board, extras).items()}
            site = PLATFORM.base_url.format_map(values)
        return {**super().page_meta(board), "site": site}
