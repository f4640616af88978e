"""Each data check returns rows when its rule is broken in a built warehouse (and none before)."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import duckdb
import pytest

from jobwatch.warehouse.models import CHECKS_DIR
from tests.warehouse.conftest import run_build
from tests.warehouse.scenarios import ML, market

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("checks")
    market(home)
    run_build(home)
    return home / "warehouse.duckdb"


def _violations(con: duckdb.DuckDBPyConnection, check: str) -> int:
    query = (CHECKS_DIR / f"{check}.sql").read_text(encoding="utf-8")
    row = con.execute(f"select count(*) from ({query})").fetchone()
    return int(row[0]) if row else 0


@pytest.mark.parametrize(
    ("check", "breakage"),
    [
        (
            "shares_sum_to_100",
            "update mart_role_week set share_of_tracked = share_of_tracked + 1 where role = '{ML}'",
        ),
        (
            "not_open_after_close",
            "update postings set closed_at = date '2026-10-05'"
            " where posting_id in (select posting_id from posting_weeks)",
        ),
        (
            "mart_keys_unique",
            "insert into mart_role_sources select * from mart_role_sources limit 1",
        ),
        (
            "mixes_add_up",
            "update mart_role_week set senior_pct = senior_pct + 5 where role = '{ML}'",
        ),
        ("mixes_add_up", "delete from mart_role_sources where role = '{ML}'"),
        (
            "salary_suppression",
            "update mart_role_week set salary_median = null where salary_n >= 10",
        ),
        (
            "salary_suppression",
            "update mart_role_week set salary_median_ci_low = salary_median + 1",
        ),
        ("salary_suppression", "update mart_role_week set salary_suppressed_reason = null"),
    ],
)
def test_a_broken_rule_is_caught(built: Path, tmp_path: Path, check: str, breakage: str) -> None:
    copy = tmp_path / "w.duckdb"
    shutil.copy(built, copy)
    con = duckdb.connect(str(copy))
    try:
        assert _violations(con, check) == 0
        con.execute(breakage.format(ML=ML))
        assert _violations(con, check) > 0
    finally:
        con.close()
