"""Fixtures for crawler tests: Greenhouse-shaped jobs written for the project, recorded trees."""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from pathlib import Path

WEEK = dt.date(2026, 11, 9)
# Loopback crawls need no politeness delays; small retries keep the suite fast.
FAST = {
    "AUTOTHROTTLE_START_DELAY": 0,
    "DOWNLOAD_DELAY": 0,
    "RETRY_TIMES": 2,
    "RETRY_BACKOFF_BASE": 0.05,
    "RETRY_BACKOFF_MAX": 0.2,
}


def gh_job(job_id: int, title: str | None = "Machine Learning Engineer", **extra: Any) -> dict:
    """One job as the Greenhouse board API returns it with content=true (content HTML-escaped)."""
    job: dict[str, Any] = {
        "absolute_url": f"https://job-boards.greenhouse.io/acme/jobs/{job_id}",
        "internal_job_id": job_id + 1000,
        "location": {"name": "San Francisco, CA"},
        "metadata": None,
        "id": job_id,
        "updated_at": "2026-11-02T10:00:00-05:00",
        "requisition_id": f"R-{job_id}",
        "title": title,
        "company_name": "Acme Robotics",
        "first_published": "2026-10-20T09:30:00-04:00",
        "language": "en",
        "content": html.escape("<div><p>Build models.</p><ul><li>PyTorch</li></ul></div>"),
        "departments": [{"id": 7, "name": "Research ", "child_ids": [], "parent_id": None}],
        "offices": [{"id": 9, "name": "SF", "location": "San Francisco", "child_ids": []}],
    }
    job.update(extra)
    if title is None:
        del job["title"]
    return job


def board_body(jobs: list[dict]) -> str:
    return json.dumps({"jobs": jobs, "meta": {"total": len(jobs)}})


def record_board(root: Path, token: str, jobs: list[dict], week: dt.date = WEEK) -> Path:
    """Write a recorded response at root/greenhouse/week=W/<token>.json."""
    path = root / "greenhouse" / f"week={week.isoformat()}" / f"{token}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(board_body(jobs), encoding="utf-8")
    return path


def write_sources(path: Path, boards: list[str]) -> Path:
    lines = [f"- {{company: {b.title()}, platform: greenhouse, board: {b}}}" for b in boards]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def recorded(tmp_path: Path) -> Path:
    """Two healthy boards plus spares for fault tests (acme: 2 jobs, beta: 1, the rest: 1)."""
    root = tmp_path / "recorded"
    record_board(root, "acme", [gh_job(101), gh_job(102, "Data Scientist")])
    for token in ("beta", "c1", "c2", "c3", "c4", "c5", "c6"):
        record_board(root, token, [gh_job(200 + len(token) + ord(token[-1]), "AI Engineer")])
    return root


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    boards = ["acme", "beta", "c1", "c2", "c3", "c4", "c5", "c6", "gone"]
    return write_sources(tmp_path / "sources.yaml", boards)
