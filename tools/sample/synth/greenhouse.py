"""Render a posting spec in the exact shape of Greenhouse's job-board API (jobs?content=true)."""

from __future__ import annotations

import datetime as dt
import random
import zlib
from typing import TYPE_CHECKING, Any

from tools.sample.synth.content import greenhouse_escape, render_html
from tools.sample.synth.locations import OFFICE_LOCATIONS, PLACES
from tools.sample.synth.pay_text import pay_input_ranges

if TYPE_CHECKING:
    from tools.sample.synth.spec import Spec

_GDPR = {
    "type": "gdpr",
    "requires_consent": False,
    "requires_processing_consent": False,
    "requires_retention_consent": False,
    "retention_period": None,
    "demographic_data_consent_applies": False,
}


def stable_id(suffix: int, *names: str) -> int:
    """A Greenhouse-looking id that depends only on the names (departments, offices)."""
    return (4_000_000 + zlib.crc32("/".join(names).encode()) % 1_000_000) * 1000 + suffix


def timestamp(moment: dt.datetime) -> str:
    """Greenhouse writes local Eastern time with its offset: 2026-11-03T14:17:12-05:00."""
    return moment.astimezone(dt.timezone(dt.timedelta(hours=-5))).isoformat()


def job_json(spec: Spec) -> dict[str, Any]:
    company, job_id = spec.company, spec.job_id
    url = f"https://job-boards.greenhouse.io/{company.token}/jobs/{job_id}"
    if company.own_careers_site:
        url = f"https://careers.{company.token}.example/jobs?gh_jid={job_id}"
    job: dict[str, Any] = {
        "absolute_url": url,
        "data_compliance": [dict(_GDPR)],
        "internal_job_id": spec.internal_id,
        "location": {"name": spec.location},
        "metadata": _metadata(spec),
        "id": job_id,
        "updated_at": timestamp(spec.updated),
        "requisition_id": spec.requisition,
        "title": spec.posted_title,
        "company_name": company.name,
        "first_published": timestamp(spec.published),
        "language": "en",
        "application_deadline": None,
        "content": greenhouse_escape(render_html(spec)),
        "departments": [_node(company.suffix, company.token, spec.dept)],
        "offices": [_office(spec)],
    }
    if spec.pay is not None and spec.pay.structured:
        multi = PLACES[spec.location].mode == "remote" and spec.text_seed % 5 == 0
        job["pay_input_ranges"] = pay_input_ranges(spec.pay, multi, random.Random(spec.text_seed))
    return job


def _node(suffix: int, *names: str) -> dict[str, Any]:
    return {
        "id": stable_id(suffix, *names),
        "name": names[-1],
        "child_ids": [],
        "parent_id": stable_id(suffix, names[0], "root"),
    }


def _office(spec: Spec) -> dict[str, Any]:
    office = PLACES[spec.location].office
    node = _node(spec.company.suffix, spec.company.token, "office", office)
    return {**node, "location": OFFICE_LOCATIONS.get(office)}


def _metadata(spec: Spec) -> list[dict[str, Any]] | None:
    """Custom fields: some accounts fill them, most send null."""
    if not spec.company.metadata:
        return None
    kind = "Intern" if spec.level == "intern" else "Full-time"
    if "(Contract)" in spec.title:
        kind = "Contract"
    mode = {"remote": "Remote", "hybrid": "Hybrid", "onsite": "On-site"}[PLACES[spec.location].mode]
    field_id = stable_id(spec.company.suffix, spec.company.token, "field")
    return [
        {"id": field_id, "name": "Employment Type", "value": kind, "value_type": "single_select"},
        {"id": field_id + 1000, "name": "Workplace", "value": mode, "value_type": "single_select"},
    ]
