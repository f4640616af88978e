"""Recruitee careers API body (`{company}.recruitee.com/api/offers/`) -> RawPosting dicts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.ats_common import (
    build_all,
    join_text,
    load_body,
    salary_text,
    structured,
    text,
)
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting

if TYPE_CHECKING:
    from jobwatch.crawlers.extract.result import ExtractResult

SOURCE = "recruitee"


def extract_offers(
    body: bytes | str,
    *,
    board: str,
    url: str,
    fetched_at: str,
    crawl_id: str,
    company: str | None = None,
) -> ExtractResult:
    """Every offer of one Recruitee company (the public API lists published offers only)."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_body(body, page, "offers")
    if failed is not None:
        return failed
    return build_all(data["offers"], page, "id", "title", lambda o: _posting(o, page, company))


def _posting(offer: dict[str, Any], page: Page, company: str | None) -> RawPosting:
    salary = _salary(offer.get("salary"))
    description_html = join_text([offer.get("description"), offer.get("requirements")], "\n")
    return RawPosting(
        source=SOURCE,
        source_id=str(offer["id"]).strip(),
        title=str(offer["title"]).strip(),
        board=page.board,
        url=text(offer.get("careers_url")),
        company=text(offer.get("company_name")) or company,
        location_raw=_locations(offer),
        remote_raw=_work_mode(offer),
        employment_type_raw=text(offer.get("employment_type_code")),
        department_raw=text(offer.get("department")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=salary_text(salary),
        salary_structured=salary,
        posted_at_raw=text(offer.get("published_at")) or text(offer.get("created_at")),
        updated_at_raw=text(offer.get("updated_at")),
        fetched_at=page.fetched_at,
        crawl_id=page.crawl_id,
        payload=offer,
    )


def _locations(offer: dict[str, Any]) -> str | None:
    """The offer's places ("City, State, Country"); `location` ("Remote job") when none listed."""
    listed = offer.get("locations")
    places = [
        join_text([loc.get("city"), loc.get("state"), loc.get("country")], ", ")
        for loc in (listed if isinstance(listed, list) else [])
        if isinstance(loc, dict)
    ]
    return join_text(places) or text(offer.get("location"))


def _work_mode(offer: dict[str, Any]) -> str | None:
    """Recruitee's three flags, named: remote wins over hybrid over on-site."""
    for key, word in (("remote", "Remote"), ("hybrid", "Hybrid"), ("on_site", "On-site")):
        if offer.get(key) is True:
            return word
    return None


def _salary(salary: Any) -> dict[str, Any] | None:
    """As stated, strings included: "75.00" with period "year" means 75k (k-less shorthand),
    left to the pipeline's salary rules (the crawler never reinterprets a figure)."""
    if not isinstance(salary, dict):
        return None
    return structured(
        salary.get("min"), salary.get("max"), salary.get("currency"), salary.get("period")
    )
