"""The bundled sample: Greenhouse-shaped, consistent across weeks, rich enough for seed pages."""

from __future__ import annotations

import csv
import html
import json
import re
import urllib.request
from typing import TYPE_CHECKING, Any

import pytest

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.sample import SAMPLE_ROOT, SAMPLE_SOURCES
from jobwatch.crawlers.sources import load_sources
from tools.sample.generate import generate
from tools.sample.synth.companies import STALE

if TYPE_CHECKING:
    from pathlib import Path

WEEKS = ("2026-11-09", "2026-11-16")
FILES = sorted(SAMPLE_ROOT.glob("greenhouse/week=*/*.json"))
JOB_FIELDS = {
    "absolute_url": str,
    "data_compliance": list,
    "internal_job_id": int,
    "location": dict,
    "id": int,
    "updated_at": str,
    "requisition_id": str,
    "title": str,
    "company_name": str,
    "first_published": str,
    "language": str,
    "content": str,
    "departments": list,
    "offices": list,
}
ROLE_SHARES = {  # role -> accepted share of the newest week's postings
    "AI/ML Engineer": (0.24, 0.31),
    "AI Software Engineer": (0.13, 0.19),
    "MLOps Engineer": (0.08, 0.13),
    "Data Scientist": (0.07, 0.12),
    "": (0.04, 0.08),
}
NODE_FIELDS = {"id", "name", "child_ids", "parent_id"}
PAY_FIELDS = {"min_cents", "max_cents", "currency_type", "title", "blurb"}


def jobs(week: str) -> list[dict[str, Any]]:
    files = sorted(SAMPLE_ROOT.glob(f"greenhouse/week={week}/*.json"))
    return [job for f in files for job in json.loads(f.read_text("utf-8"))["jobs"]]


def labels(week: str) -> list[dict[str, str]]:
    with (SAMPLE_ROOT / "labels" / f"{week}.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def text_of(job: dict[str, Any]) -> str:
    return html.unescape(html.unescape(job["content"]))  # escaped HTML, then its own entities


def same_job_key(job: dict[str, Any]) -> tuple[str, str, str, str]:
    return job["company_name"], job["title"], job["location"]["name"], job["content"]


def pay_of(job: dict[str, Any]) -> tuple[object, str]:
    return job.get("pay_input_ranges"), job["content"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_file_is_a_greenhouse_board_response(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    assert set(data) == {"jobs", "meta"}
    assert data["meta"] == {"total": len(data["jobs"])}
    for job in data["jobs"]:
        for name, kind in JOB_FIELDS.items():
            assert isinstance(job[name], kind), (job["id"], name)
        assert "metadata" in job
        assert isinstance(job["location"]["name"], str)
        assert all(set(d) == NODE_FIELDS for d in job["departments"])
        assert all(set(o) == NODE_FIELDS | {"location"} for o in job["offices"])
        assert "<" not in job["content"]
        assert "&lt;p&gt;" in job["content"]
        for pay in job.get("pay_input_ranges", []):
            assert set(pay) == PAY_FIELDS
            assert 0 < pay["min_cents"] <= pay["max_cents"]
        assert job["company_name"] in {s.company for s in load_sources(SAMPLE_SOURCES)}


@pytest.mark.parametrize("week", WEEKS)
def test_ids_are_unique_per_board_and_week(week: str) -> None:
    for path in SAMPLE_ROOT.glob(f"greenhouse/week={week}/*.json"):
        ids = [job["id"] for job in json.loads(path.read_text("utf-8"))["jobs"]]
        assert len(ids) == len(set(ids)), path


def test_every_listed_board_but_the_stale_one_has_both_weeks() -> None:
    boards = [s.board for s in load_sources(SAMPLE_SOURCES)]  # also validates the registry format
    assert STALE["board"] in boards
    assert len(boards) == 11
    for board in boards:
        recorded = [(SAMPLE_ROOT / f"greenhouse/week={w}/{board}.json").is_file() for w in WEEKS]
        assert recorded == ([False, False] if board == STALE["board"] else [True, True]), board


def test_replay_server_serves_the_sample_and_404s_the_stale_board() -> None:
    with ReplayServer(SAMPLE_ROOT, week=None) as server:
        url = f"{server.base_url}/v1/boards/northwindai/jobs?content=true"
        with urllib.request.urlopen(url, timeout=10) as resp:
            assert json.loads(resp.read())["meta"]["total"] > 80
        stale = f"{server.base_url}/v1/boards/{STALE['board']}/jobs?content=true"
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(stale, timeout=10)
        assert err.value.code == 404


def test_generator_is_deterministic(tmp_path: Path) -> None:
    written = generate(tmp_path)
    for path in written:
        committed = SAMPLE_ROOT / path.relative_to(tmp_path)
        assert path.read_bytes() == committed.read_bytes(), f"stale committed file: {committed}"
    committed_data = {p.relative_to(SAMPLE_ROOT) for p in FILES}
    assert committed_data == {p.relative_to(tmp_path) for p in written if p.suffix == ".json"}
    assert sum(p.stat().st_size for p in written) < 4_000_000


def test_weeks_differ_by_closings_new_postings_reposts_and_pay_changes() -> None:
    old, new = ({j["id"]: j for j in jobs(w)} for w in WEEKS)
    assert 290 <= len(old) <= 330
    assert 310 <= len(new) <= 340
    assert 0.07 <= len(old.keys() - new.keys()) / len(old) <= 0.13  # closed
    assert 0.09 <= len(new.keys() - old.keys()) / len(new) <= 0.16  # new ids
    same_job = {i: same_job_key(j) for i, j in new.items()}
    assert len(same_job) - len(set(same_job.values())) >= 2  # one job open twice, two ids
    back = {same_job_key(j) for i, j in old.items() if i not in new} & set(same_job.values())
    assert len(back) >= 2  # closed in week 1, back under a new id in week 2
    repriced = [i for i in old.keys() & new.keys() if pay_of(old[i]) != pay_of(new[i])]
    assert len(repriced) >= 3


@pytest.mark.parametrize("role", ["AI/ML Engineer", "AI Software Engineer", "MLOps Engineer"])
def test_seed_page_roles_have_25_paid_postings_in_the_newest_week(role: str) -> None:
    paid = [
        r
        for r in labels(WEEKS[1])
        if r["role"] == role
        and not r["repost_of"]
        and r["salary_currency"] == "USD"
        and r["salary_period"] == "year"
    ]
    assert len(paid) >= 25
    by_id = {j["id"]: j for j in jobs(WEEKS[1])}
    for row in paid:  # the labels describe the recordings, not wishes
        job, high = by_id[int(row["id"])], int(row["salary_max"])
        if row["salary_source"] == "structured":
            assert job["pay_input_ranges"][0]["max_cents"] == high * 100
        else:
            digits = re.sub(r"[,.\s]", "", text_of(job))
            assert str(high) in digits or f"{high // 1000}K" in digits.upper()


# Pay formats the salary parser must read, and look-alikes it must not take for pay.
@pytest.mark.parametrize(
    "pattern",
    [
        r"\$\d{2,3},000 - \$\d{2,3},000 per year",
        r"\$\d{2,3}K–\$\d{2,3}K",
        r"The base salary range for this role is \$[\d,]+ to \$[\d,]+",
        r"up to \$\d{2,3}k",
        r"€\d{2,3}\.000 – €\d{2,3}\.000",
        r"£\d{2,3},000-£\d{2,3},000 per annum",
        r"\$\d{2,3} - \$\d{2,3} per hour",
        r"CAD \d{3},000–\d{3},000",
        r"₹\d+,\d\d,000",
        r"401\(k\)",
        r"OTE \$[\d,]+ \(50/50 split\)",
        r"10-15 hours per week",
        r"Since 2015",
        r"\$85M in Series B",
        r"go-to-market",
        r"Excel at communication",
        r"R&D",
        r"\d\+ years of experience",
        r"vector databases",
        r"Weights & Biases|W&B",
    ],
)
def test_newest_week_text_has_pay_formats_and_traps(pattern: str) -> None:
    assert any(re.search(pattern, text_of(j)) for j in jobs(WEEKS[1])), pattern


@pytest.mark.parametrize(
    "title",
    [
        "Machine Learning Engineer",
        "ML Engineer",
        "Senior Machine Learning Engineer",
        "AI/ML Engineer",
        "Applied ML Engineer",
        "Staff ML Engineer, Ranking",
        "AI Engineer",
        "Software Engineer, AI",
        "Senior Software Engineer - AI Platform",
        "Full Stack Engineer (AI Products)",
        "AI Application Engineer",
        "MLOps Engineer",
        "ML Platform Engineer",
        "ML Infrastructure Engineer",
        "Machine Learning Operations Engineer",
        "Research Scientist",
        "Research Engineer, LLMs",
        "Account Executive",
        "Recruiter",
        "Office Manager",
        "Staff Accountant",
        "Senior Care Coordinator",
    ],
)
def test_newest_week_has_the_titles_a_classifier_must_handle(title: str) -> None:
    assert title in {j["title"].strip() for j in jobs(WEEKS[1])}


def test_role_mix_work_modes_and_seniority_are_realistic() -> None:
    rows = labels(WEEKS[1])
    share = {role: sum(r["role"] == role for r in rows) / len(rows) for role in ROLE_SHARES}
    for role, (low, high) in ROLE_SHARES.items():
        assert low <= share[role] <= high, (role, share[role])
    names = [j["location"]["name"] for j in jobs(WEEKS[1])]
    assert 0.2 <= sum(n.startswith("Remote") for n in names) / len(names) <= 0.32
    assert 0.07 <= sum("Hybrid" in n for n in names) / len(names) <= 0.14
    for role in ("AI/ML Engineer", "AI Software Engineer", "MLOps Engineer"):
        assert {r["seniority"] for r in rows if r["role"] == role} >= {"entry", "mid", "senior"}
