"""mart_role_senior_titles: the senior titles a role's open postings carry, grouped by the title's
lead segment, listed from min_title_n postings, and its check catching a broken mart."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import duckdb
import pytest

from jobwatch.warehouse.build import MIN_TITLE_N
from jobwatch.warehouse.models import CHECKS_DIR
from tests.warehouse.conftest import run_build
from tests.warehouse.lakefix import W1, posting, write_crawl

if TYPE_CHECKING:
    from pathlib import Path

ML, OPS = "AI/ML Engineer", "MLOps Engineer"
TITLES = {
    ML: [
        "Staff Machine Learning Engineer",
        "Staff Machine Learning Engineer, Ranking",  # the lead segment groups these three
        "staff machine learning  engineer (Forecasting)",
        "Principal ML Engineer - San Francisco",
        "Principal ML Engineer | Remote",
        "Head of Machine Learning",  # one posting: below the minimum
        "Senior Machine Learning Engineer",  # senior, but not a level beyond it
        "Senior Machine Learning Engineer",
        "Machine Learning Engineer, Leading Edge",  # "lead" only inside a word
        "Machine Learning Engineer, Leading Edge",
        "Headless Commerce ML Engineer",
        "Headless Commerce ML Engineer",
        "ML Engineer: Staff Augmentation",  # the level word outside the lead segment
        "ML Engineer: Staff Augmentation",
    ],
    OPS: ["MLOps Lead", "MLOps Lead", "VP, ML Platform", "VP, ML Platform", "Director of MLOps"],
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("titles")
    ids = {ML: "ai_ml_engineer", OPS: "mlops_engineer"}
    specs = [
        posting(f"{ids[role]}-{i}", role=role, role_id=ids[role], title=title)
        for role, titles in TITLES.items()
        for i, title in enumerate(titles)
    ]
    write_crawl(home, "greenhouse", W1, {"acme": ("ok", specs)})
    run_build(home)
    return home / "warehouse.duckdb"


def listed(con: duckdb.DuckDBPyConnection, role: str) -> list[tuple[str, int, int]]:
    query = "select title, n, rank from mart_role_senior_titles where role = ? order by rank"
    return [tuple(r) for r in con.execute(query, [role]).fetchall()]


def test_senior_titles_by_lead_segment_from_the_minimum_n(built: Path) -> None:
    with duckdb.connect(str(built), read_only=True) as con:
        assert MIN_TITLE_N == 2
        assert con.execute("select min_title_n from warehouse_info").fetchone() == (2,)
        assert listed(con, ML) == [
            ("Staff Machine Learning Engineer", 3, 1),
            ("Principal ML Engineer", 2, 2),
        ]
        # ties by name; a lead segment that is only a level keeps the next one
        assert listed(con, OPS) == [("MLOps Lead", 2, 1), ("VP, ML Platform", 2, 2)]
        share = con.execute(
            "select share_pct from mart_role_senior_titles where rank = 1 and role = ?", [ML]
        ).fetchone()
        assert share is not None
        assert share[0] == pytest.approx(100 * 3 / len(TITLES[ML]))


def _violations(con: duckdb.DuckDBPyConnection) -> int:
    query = (CHECKS_DIR / "senior_titles.sql").read_text(encoding="utf-8")
    row = con.execute(f"select count(*) from ({query})").fetchone()
    return int(row[0]) if row else 0


@pytest.mark.parametrize(
    "breakage",
    [
        "update mart_role_senior_titles set title = 'Machine Learning Engineer' where rank = 1",
        "update mart_role_senior_titles set n = 1 where rank = 2",
        "update mart_role_senior_titles set n = 999 where rank = 1",
        "update mart_role_senior_titles set rank = 3 where rank = 2",
    ],
)
def test_the_check_catches_a_broken_mart(built: Path, tmp_path: Path, breakage: str) -> None:
    copy = tmp_path / "w.duckdb"
    shutil.copy(built, copy)
    with duckdb.connect(str(copy)) as con:
        assert _violations(con) == 0
        con.execute(breakage)
        assert _violations(con) > 0
