"""Remotive API body (`remotive.com/api/remote-jobs`: notices, counts, jobs) -> RawPosting dicts."""

from __future__ import annotations

import html
from typing import Any

from jobwatch.crawlers.extract.board_common import joined, load_page, required_problem, text
from jobwatch.crawlers.extract.html_text import html_to_text
from jobwatch.crawlers.extract.page import Page
from jobwatch.crawlers.extract.result import ExtractResult
from jobwatch.crawlers.items import RawPosting

SOURCE = "remotive"
# Remotive's own job_type codes, spelled out as the words the pipeline reads.
JOB_TYPES = {
    "full_time": "Full-time",
    "part_time": "Part-time",
    "contract": "Contract",
    "freelance": "Freelance",
    "internship": "Internship",
    "other": "Other",
}


def extract_jobs(
    body: bytes | str, *, board: str, url: str, fetched_at: str, crawl_id: str
) -> ExtractResult:
    """Every job of one response; the warning and legal-notice keys around them are ignored."""
    page = Page(SOURCE, board, url, fetched_at, crawl_id)
    data, failed = load_page(body, page)
    if failed is not None:
        return failed
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        return page.failed("unexpected_shape", 'expected an object with a "jobs" list', body)
    result = ExtractResult()
    for job in data["jobs"]:
        problem = required_problem(job, "id", "title")
        if problem:
            result.errors.append(page.quarantine(*problem, job))
            continue
        result.items.append(_posting(job, page).to_dict())
    return result


def _posting(job: dict[str, Any], page: Page) -> RawPosting:
    description_html = text(job.get("description"))
    job_type = text(job.get("job_type"))
    return RawPosting(
        **page.stamp(),
        source_id=str(job["id"]).strip(),
        title=html.unescape(str(job["title"])).strip(),
        url=text(job.get("url")),
        company=text(job.get("company_name")),
        # Where candidates may live ("USA", "Europe", "Worldwide"): every Remotive job is remote.
        location_raw=text(job.get("candidate_required_location")),
        remote_raw="remote",
        employment_type_raw=JOB_TYPES.get(job_type or "", job_type),
        department_raw=joined(job.get("category")),
        description_html=description_html,
        description_text=html_to_text(description_html),
        salary_raw=text(job.get("salary")),  # free text ("$120k - $150k"); parsed downstream
        salary_structured=None,
        posted_at_raw=text(job.get("publication_date")),
        updated_at_raw=None,
        payload=job,
    )
