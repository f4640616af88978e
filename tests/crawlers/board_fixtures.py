"""Job-board fixtures written for the project, in the shapes of the real APIs, and recordings."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from jobwatch.crawlers.extract.hn import extract_thread

if TYPE_CHECKING:
    from pathlib import Path

    from jobwatch.crawlers.extract.board_common import PagedResult

WEEK = dt.date(2026, 11, 9)
LEGAL = {
    "last_updated": 1794200000,
    "legal": "API Terms of Service: please link back to the job on Remote OK and name Remote OK.",
}


def remoteok_job(job_id: int, position: str = "Machine Learning Engineer", **extra: Any) -> dict:
    job: dict[str, Any] = {
        "slug": f"remote-ml-engineer-lumen-{job_id}",
        "id": str(job_id),
        "epoch": 1794150000,
        "date": "2026-11-08T10:20:00+00:00",
        "company": "Lumen Forge",
        "company_logo": "",
        "position": position,
        "tags": ["python", "ml"],
        "description": "<p>Train &amp; ship models.</p><ul><li>PyTorch</li></ul>",
        "location": "Lisbon, ",
        "apply_url": f"https://remoteOK.com/remote-jobs/remote-ml-engineer-lumen-{job_id}",
        "salary_min": 120000,
        "salary_max": 160000,
        "logo": "",
        "url": f"https://remoteOK.com/remote-jobs/remote-ml-engineer-lumen-{job_id}",
    }
    job.update(extra)
    return job


def remotive_job(job_id: int, title: str = "Data Scientist", **extra: Any) -> dict:
    job: dict[str, Any] = {
        "id": job_id,
        "url": f"https://remotive.com/remote-jobs/data/data-scientist-{job_id}",
        "title": title,
        "company_name": "Quarry Labs",
        "company_logo": "https://remotive.com/job/{job_id}/logo",
        "category": "Data",
        "tags": ["python", "sql"],
        "job_type": "full_time",
        "publication_date": "2026-11-06T09:14:02",
        "candidate_required_location": "USA, Canada",
        "salary": "$130k - $150k",
        "description": "<p>Model churn with <b>SQL</b> and Python.</p>",
    }
    job.update(extra)
    return job


def remotive_body(jobs: list[dict]) -> str:
    return json.dumps(
        {
            "00-warning": "Please keep a link back to Remotive and do not call this API too often.",
            "0-legal-notice": "Remotive API Legal Notice",
            "job-count": len(jobs),
            "total-job-count": len(jobs),
            "jobs": jobs,
        }
    )


def arbeitnow_job(slug: str, title: str = "Backend Engineer (Python)", **extra: Any) -> dict:
    job: dict[str, Any] = {
        "slug": slug,
        "company_name": "Nordlicht GmbH",
        "title": title,
        "description": "<p>Build APIs in <strong>Python</strong>.</p>",
        "remote": False,
        "url": f"https://www.arbeitnow.com/jobs/companies/nordlicht/{slug}",
        "tags": ["Software Development"],
        "job_types": ["full time", "berufserfahren"],
        "location": "Berlin",
        "created_at": 1794100000,
    }
    job.update(extra)
    return job


def arbeitnow_body(jobs: list[dict], page: int, next_page: int | None) -> str:
    base = "https://www.arbeitnow.com/api/job-board-api"
    return json.dumps(
        {
            "data": jobs,
            "links": {
                "first": f"{base}?page=1",
                "last": None,
                "prev": f"{base}?page={page - 1}" if page > 1 else None,
                "next": f"{base}?page={next_page}" if next_page else None,
            },
            "meta": {
                "current_page": page,
                "from": 1,
                "path": base,
                "per_page": 100,
                "to": len(jobs),
                "terms": "A free public API for jobs.",
                "info": "Jobs are updated hourly.",
            },
        }
    )


def hn_story(story_id: int, title: str, created_at_i: int) -> dict:
    return {
        "_tags": ["story", "author_whoishiring", f"story_{story_id}", "ask_hn"],
        "author": "whoishiring",
        "created_at": dt.datetime.fromtimestamp(created_at_i, dt.UTC).isoformat(),
        "created_at_i": created_at_i,
        "num_comments": 400,
        "objectID": str(story_id),
        "points": 300,
        "story_id": story_id,
        "title": title,
        "updated_at": "2026-11-09T00:00:00Z",
    }


def hn_search_body(stories: list[dict]) -> str:
    return json.dumps(
        {
            "hits": stories,
            "hitsPerPage": 30,
            "nbHits": len(stories),
            "nbPages": 1,
            "page": 0,
            "params": "tags=story%2Cauthor_whoishiring",
        }
    )


def hn_comment(comment_id: int, text: str | None, story_id: int = 46100000, **extra: Any) -> dict:
    comment: dict[str, Any] = {
        "author": "hiring_mgr" if text is not None else None,
        "children": [{"id": comment_id + 1, "text": "Is this open to EU?", "children": []}],
        "created_at": "2026-11-03T15:01:00.000Z",
        "created_at_i": 1793718060,
        "id": comment_id,
        "options": [],
        "parent_id": story_id,
        "points": None,
        "story_id": story_id,
        "text": text,
        "title": None,
        "type": "comment",
        "url": None,
    }
    comment.update(extra)
    return comment


def hn_thread_body(comments: list[dict], story_id: int = 46100000) -> str:
    return json.dumps(
        {
            "author": "whoishiring",
            "children": comments,
            "created_at_i": 1793714400,
            "id": story_id,
            "parent_id": None,
            "story_id": story_id,
            "type": "story",
            "text": "Please state the location and include REMOTE ...",
            "title": "Ask HN: Who is hiring? (November 2026)",
        }
    )


def write(root: Path, platform: str, *parts: str, body: str | bytes, week: dt.date = WEEK) -> Path:
    """A recorded body at root/<platform>/week=W/<parts...>."""
    path = root / platform / f"week={week.isoformat()}"
    path = path.joinpath(*parts)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body.encode() if isinstance(body, str) else body)
    return path


def hn_one_comment(text: str) -> PagedResult:
    """The HN extractor's result for a thread of one comment with this text."""
    ctx = {
        "board": "hn",
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "hn-20261110T080000Z-a1",
    }
    body = hn_thread_body([hn_comment(7, text)])
    return extract_thread(body, url="https://hn.algolia.com/api/v1/items/46100000", **ctx)
