"""schema.org JobPosting JSON-LD in a career page -> RawPosting dicts (one per JobPosting)."""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import urljoin

from jobwatch.crawlers.extract.board_common import PagedResult, joined, salary_text, text
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.jsonld_repair import job_postings, parse_block, script_blocks
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.items import RawPosting

SOURCE = "jsonld"
REMOTE_TYPES = {"telecommute", "remote"}
EXTRA_SECTIONS = (
    ("responsibilities", "Responsibilities"),
    ("qualifications", "Qualifications"),
    ("skills", "Skills"),
)


def extract_page(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> PagedResult:
    """Every JobPosting of one page; a block that stays broken after the repairs is quarantined
    and the page's other blocks are still read. `notes["blocks"]` counts the JSON-LD blocks."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    page_html = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    blocks = script_blocks(page_html)
    result = PagedResult(notes={"blocks": len(blocks)})
    jobs: list[dict[str, Any]] = []
    for block in blocks:
        value, error = parse_block(block)
        if error is not None:
            result.errors.append(page.quarantine("malformed_jsonld", error, block))
        else:
            jobs += job_postings(value)
    for index, job in enumerate(jobs):
        if text(_plain(job.get("title"))) is None:
            result.errors.append(page.quarantine("missing_required", "missing title", job))
            continue
        source_id = _source_id(job, url, index if len(jobs) > 1 else None)
        result.items.append(job_posting(job, page, source_id).to_dict())
    return result


def _plain(value: Any) -> str | None:
    """Text that templates sometimes HTML-escape ("R&amp;D Engineer")."""
    return html.unescape(value).strip() if isinstance(value, str) else text(value)


def _source_id(job: dict[str, Any], page_url: str, index: int | None) -> str:
    """The posting's identifier, else its URL, else the page URL (with the block position)."""
    ident = job.get("identifier")
    if isinstance(ident, list):
        ident = ident[0] if ident else None
    if isinstance(ident, dict):
        ident = ident.get("value") or ident.get("@id")
    if text(ident):
        return str(text(ident))
    if text(job.get("url")):
        return urljoin(page_url, str(text(job.get("url"))))
    return page_url if index is None else f"{page_url}#{index}"


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        return joined([_name(v) for v in value])
    return _plain(value.get("name")) if isinstance(value, dict) else _plain(value)


def _place(place: Any) -> str | None:
    """A `Place` as "Locality, Region, Country" from its address (PostalAddress or text); the
    place's own name leads when the address names no locality (offices listed by name over one
    repeated company address: "Berlin Office, DE")."""
    address = place.get("address", place) if isinstance(place, dict) else place
    name = _plain(place.get("name")) if isinstance(place, dict) else None
    if not isinstance(address, dict):
        text_address = _plain(address) if isinstance(address, str) else None
        return text_address or name
    parts = [
        _name(address.get(key)) for key in ("addressLocality", "addressRegion", "addressCountry")
    ]
    if name and not address.get("addressLocality") and name not in parts:
        parts.insert(0, name)
    return ", ".join(p for p in parts if p) or _plain(address.get("streetAddress"))


def _location(job: dict[str, Any]) -> str | None:
    """Every place of the job, in order, each once; a remote job's applicant regions after them
    (where the worker may live: "Berlin, DE; Germany")."""
    places = job.get("jobLocation")
    places = places if isinstance(places, list) else [places]
    named = [p for p in (_place(x) for x in places if x) if p]
    if not named or _remote(job):
        named += _places_named(job.get("applicantLocationRequirements"))
    return "; ".join(dict.fromkeys(named)) or None


def _places_named(value: Any) -> list[str]:
    """The names of `applicantLocationRequirements` (a Country, State or list of them)."""
    values = value if isinstance(value, list) else [value]
    return [n for n in (_name(v) for v in values if v) if n]


def _remote(job: dict[str, Any]) -> str | None:
    """ "remote" for `jobLocationType` TELECOMMUTE (the regions are in the location)."""
    kinds = job.get("jobLocationType")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return "remote" if any(str(k).strip().lower() in REMOTE_TYPES for k in kinds) else None


def _number(value: Any) -> float | None:
    try:
        number = float(str(value).replace(",", "")) if value is not None else None
    except ValueError:
        return None
    return number if number is not None and number > 0 else None


def _salary(job: dict[str, Any]) -> dict[str, Any] | None:
    """`baseSalary`: a MonetaryAmount whose `value` is a QuantitativeValue or a number."""
    pay = job.get("baseSalary")
    pay = pay[0] if isinstance(pay, list) and pay else pay
    if not isinstance(pay, dict):
        return None
    value = pay.get("value")
    amount = value if isinstance(value, dict) else {"value": value}
    low = _number(amount.get("minValue", amount.get("value")))
    high = _number(amount.get("maxValue", amount.get("value")))
    if low is None and high is None:
        return None
    unit = text(amount.get("unitText")) or text(pay.get("unitText"))
    return {
        "min": low,
        "max": high,
        "currency": text(pay.get("currency")),
        "period": unit.lower() if unit else None,
    }


def _description(value: Any) -> str | None:
    """The description HTML; a description escaped once more ("&lt;p&gt;...") is unescaped."""
    raw = text(value)
    if raw and "<" not in raw and "&lt;" in raw:
        raw = html.unescape(raw)
    return raw


def _full_description(job: dict[str, Any]) -> str | None:
    """The description with the JobPosting's own `responsibilities`, `qualifications` and
    `skills` after it, each under its heading, unless the description already holds it."""
    html_text = _description(job.get("description")) or ""
    for key, heading in EXTRA_SECTIONS:
        section = _section(job.get(key))
        if section and (html_to_text(section) or "") not in (html_to_text(html_text) or ""):
            html_text += f"<h3>{heading}</h3>{section}"
    return html_text or None


def _section(value: Any) -> str | None:
    """A text, a list of texts or of named things (`DefinedTerm`), as HTML."""
    if isinstance(value, list):
        items = [_name(v) if isinstance(v, dict) else _description(v) for v in value]
        named = [i for i in items if i]
        return "<ul>" + "".join(f"<li>{i}</li>" for i in named) + "</ul>" if named else None
    if isinstance(value, dict):
        return _name(value)
    return _description(value)


def job_posting(job: dict[str, Any], page: Page, source_id: str) -> RawPosting:
    """One schema.org JobPosting object as a posting (Teamtailor's feed items carry one too)."""
    description_html = _full_description(job)
    salary = _salary(job)
    job_url = text(job.get("url"))
    return RawPosting(
        **page.stamp(),
        source_id=source_id,
        title=str(_plain(job.get("title"))),
        url=urljoin(page.url, job_url) if job_url else page.url,
        company=_name(job.get("hiringOrganization")),
        location_raw=_location(job),
        remote_raw=_remote(job),
        employment_type_raw=joined(job.get("employmentType")),
        department_raw=None,
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=salary_text(salary),
        salary_structured=salary,
        posted_at_raw=text(job.get("datePosted")),
        updated_at_raw=text(job.get("dateModified")),
        payload=job,
    )
