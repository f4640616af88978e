"""One RawPosting dict -> one normalized posting dict (POSTING_SCHEMA columns), plus its issues."""

from __future__ import annotations

import datetime as dt
from typing import Any

from jobwatch.crawlers.items import missing_required
from jobwatch.pipeline.company import normalize_company
from jobwatch.pipeline.dedup import posting_id
from jobwatch.pipeline.dedup_many import dedup_columns_many
from jobwatch.pipeline.location import parse_location
from jobwatch.pipeline.occupation import occupation_of
from jobwatch.pipeline.places import resolve
from jobwatch.pipeline.role import classify_role
from jobwatch.pipeline.salary import SalaryResult, parse_salary
from jobwatch.pipeline.salary.fx import converter
from jobwatch.pipeline.salary.money import country_names, currency_of_country
from jobwatch.pipeline.schema import POSTING_COLUMNS
from jobwatch.pipeline.seniority import classify_seniority
from jobwatch.pipeline.skills import extract_skills, skill_mentions
from jobwatch.pipeline.skills_employer import without_own_products
from jobwatch.pipeline.taxonomy import TAXONOMY_VERSION
from jobwatch.pipeline.text import html_to_text, iso_date, lower, parse_datetime


class RecordError(ValueError):
    """A raw record that cannot be normalized; `reason` is the quarantine code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


# Longer descriptions are classified on their first DESCRIPTION_MAX_CHARS (an issue records the
# cut): the longest real postings are ~30,000 characters, and every classifier's memory and time
# grow with the text. HTML is cut before parsing, at a multiple for its markup.
DESCRIPTION_MAX_CHARS = 200_000
HTML_MAX_CHARS = 4 * DESCRIPTION_MAX_CHARS


def _description(raw: dict[str, Any]) -> tuple[str, str | None]:
    """The description as text, and what was cut when it was over the limit (else None)."""
    cut = None
    if raw.get("description_text"):
        text = str(raw["description_text"])
    elif raw.get("description_html"):
        html = str(raw["description_html"])
        if len(html) > HTML_MAX_CHARS:
            cut = f"{len(html):,} characters of HTML"
        text = html_to_text(html[:HTML_MAX_CHARS])
    else:
        return "", None
    if len(text) > DESCRIPTION_MAX_CHARS:
        cut = cut or f"{len(text):,} characters"
        text = text[:DESCRIPTION_MAX_CHARS]
    return text, cut


def _source_label(raw: dict[str, Any]) -> str | None:
    payload = raw.get("payload")
    if isinstance(payload, dict):  # SmartRecruiters: {"experienceLevel": {"label": ...}}
        level = payload.get("experienceLevel") or payload.get("experience_level")
        if isinstance(level, dict):
            return _text(level.get("label") or level.get("id"))
        if isinstance(level, str):
            return level
    return _text(raw.get("employment_type_raw"))


def _salary_columns(salary: SalaryResult | None, raw_text: str | None) -> dict[str, Any]:
    return {
        "salary_raw": raw_text,
        "salary_min": salary.min if salary else None,
        "salary_max": salary.max if salary else None,
        "salary_currency": salary.currency if salary else None,
        "salary_period": salary.period if salary else None,
        "salary_min_usd": salary.min_usd if salary else None,
        "salary_max_usd": salary.max_usd if salary else None,
        "salary_source": salary.source if salary else None,
        "salary_evidence": salary.evidence if salary else None,
    }


def _seen(fetched_at: Any) -> dt.date | None:
    """The day a posting was fetched: the date its salary is converted to USD at."""
    parsed = parse_datetime(fetched_at)
    if parsed is None:
        return None
    return (parsed.astimezone(dt.UTC) if parsed.tzinfo else parsed).date()


def normalize_with_issues(raw: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The posting dict and the (reason, detail) issues found; RecordError if it is unusable."""
    work = start(raw)
    for stage in STAGES:
        stage(work)
    return work["result"]  # type: ignore[no-any-return]


# The stages, in order, each adding to one posting's work dict; pipeline/stages.py runs each over
# a batch of postings in turn (the same calls, processor caches kept warm).
def start(raw: Any) -> dict[str, Any]:
    """A posting's work dict: its raw record, title, description, lower case and issues."""
    if not isinstance(raw, dict):
        raise RecordError("not_object", f"expected a JSON object, got {type(raw).__name__}")
    missing = missing_required(raw)
    if missing:
        raise RecordError("missing_required", "missing " + ", ".join(missing))
    issues: list[tuple[str, str]] = []
    title, (description, cut) = str(raw["title"]).strip(), _description(raw)
    if cut:  # the posting is kept, classified on the first DESCRIPTION_MAX_CHARS
        issues.append(("description_too_long", f"{cut}; classified on the first part"))
    # Lower-cased once for every classifier (~4 ns a character on non-ASCII text, 3-4 times).
    lowered = lower(description)
    return {
        "raw": raw,
        "title": title,
        "description": description,
        "lowered": lowered,
        "issues": issues,
    }


def with_location(w: dict[str, Any]) -> None:
    raw = w["raw"]
    w["location"] = parse_location(
        _text(raw.get("location_raw")),
        _text(raw.get("remote_raw")),
        w["description"],
        w["lowered"],
        w["title"],
        company=_text(raw.get("company")),
    )


def with_salary(w: dict[str, Any]) -> None:
    raw, location = w["raw"], w["location"]
    structured = raw.get("salary_structured")
    w["salary"] = salary = parse_salary(
        structured if isinstance(structured, dict) else None,
        w["description"],
        field=_text(raw.get("salary_raw")),
        home_currency=currency_of_country(location.country),
        places=[p for p in (location.city, location.metro, location.region) if p],
        # a country-wide range is the posting's only when it names a city inside the country
        country=country_names(location.country) if location.city else (),
        seen=_seen(raw.get("fetched_at")),
        lowered=w["lowered"],
    )
    # The posting is kept; a refused value is quarantined with its reason, quoting it.
    w["issues"] += [(issue.reason, issue.detail) for issue in salary.issues]


def with_role(w: dict[str, Any]) -> None:
    title, description, lowered = w["title"], w["description"], w["lowered"]
    w["role"] = classify_role(title, description, lowered)


def with_seniority(w: dict[str, Any]) -> None:
    w["level"] = classify_seniority(
        w["title"], w["description"], _source_label(w["raw"]), w["lowered"]
    )


def with_skills(w: dict[str, Any]) -> None:
    w["company"] = normalize_company(_text(w["raw"].get("company")))
    title, description = w["title"], w["description"]
    # (id, name, text, start, end); the employer's own products are not skills it asks for
    w["hits"] = without_own_products(
        skill_mentions(title, description, w["lowered"]), f"{title}\n{description}", w["company"][0]
    )


def with_dedup(w: dict[str, Any]) -> None:
    with_dedup_many([w])


def with_dedup_many(works: list[dict[str, Any]]) -> None:
    """with_dedup of many postings, the numpy calls made once for them all (dedup_many.py)."""
    postings = [
        (
            w["raw"].get("payload"),
            w["company"][1],
            w["title"],
            w["description"],
            w["location"],
            w["lowered"],
        )
        for w in works
    ]
    for w, columns in zip(works, dedup_columns_many(postings), strict=True):
        w["dedup"] = columns


def finish(w: dict[str, Any]) -> None:
    raw, title, location, hits = w["raw"], w["title"], w["location"], w["hits"]
    (company, key), role, level = w["company"], w["role"], w["level"]
    source_id = str(raw["source_id"])
    row = {
        "posting_id": posting_id(str(raw["source"]), _text(raw.get("board")), source_id),
        **w["dedup"],
        "source": str(raw["source"]),
        "board": _text(raw.get("board")),
        "source_id": str(raw["source_id"]),
        "crawl_id": _text(raw.get("crawl_id")),
        "url": _text(raw.get("url")),
        "company": company,
        "company_key": key,
        "title": title,
        "role_id": role.role_id,
        "role": role.role,
        "role_confidence": role.confidence,
        "role_evidence": role.evidence,
        "seniority": level.level,
        "seniority_evidence": level.evidence,
        "skills": [h[1] for h in hits],
        "skill_ids": [h[0] for h in hits],
        "skill_hits": [
            {"id": i, "name": n, "text": t, "start": s, "end": e} for i, n, t, s, e in hits
        ],
        **_salary_columns(w["salary"].result, _text(raw.get("salary_raw"))),
        "location_raw": _text(raw.get("location_raw")),
        "work_mode": location.work_mode,
        "work_mode_evidence": location.work_mode_evidence,
        "city": location.city,
        "region": location.region,
        "country": location.country,
        "metro": location.metro,
        "posted_at": iso_date(raw.get("posted_at_raw")),
        "fetched_at": _text(raw.get("fetched_at")),
        "taxonomy_version": TAXONOMY_VERSION,
    }
    assert tuple(row) == POSTING_COLUMNS, "record.py and pipeline/schema.py disagree"
    w["result"] = row, w["issues"]


STAGES = (with_location, with_salary, with_role, with_seniority, with_skills, with_dedup, finish)
# A stage that takes a batch's postings in one call (pipeline/stages.py).
MANY = {with_dedup: with_dedup_many}


def preload() -> None:
    """Load every taxonomy table now rather than on the first posting that needs it (the O*NET
    title table alone takes ~0.1 s): for workers and for benchmarks timing steady state."""
    classify_role("machine learning engineer")
    classify_role("engineer", "mlops")  # a generic title: the description terms' automaton
    extract_skills("", "")
    occupation_of("cashier")
    resolve(["Boston", "MA"])  # a qualifier loads the country and region tables (~0.1 s)
    converter()


def normalize_record(raw: dict[str, Any]) -> dict[str, Any]:
    """One posting dict with every POSTING_SCHEMA column; RecordError if the record is unusable."""
    return normalize_with_issues(raw)[0]
