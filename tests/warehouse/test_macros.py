"""The table macros persisted in the warehouse file, called as an analyst would in a shell."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jobwatch.reports.verdict import compare
from jobwatch.warehouse.connect import connect_readonly, run_sql
from tests.warehouse.conftest import run_build
from tests.warehouse.lakefix import W1, W2
from tests.warehouse.scenarios import ML, OPS, SW, market

# A fresh process with nothing of ours imported: only the file and DuckDB, like `duckdb -readonly`.
SHELL = """
import json, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
cur = con.execute(sys.argv[2])
names = [d[0] for d in cur.description]
print(json.dumps([dict(zip(names, row)) for row in cur.fetchall()], default=str))
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("macros")
    market(root)
    run_build(root)
    return root


def shell(home: Path, sql: str) -> list[dict]:
    path = str(home / "warehouse.duckdb")
    out = subprocess.run(
        [sys.executable, "-c", SHELL, path, sql],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(out.stdout)


def test_role_stats_defaults_to_the_latest_week(home: Path) -> None:
    (row,) = shell(home, f"select * from role_stats('{ML}')")
    con = connect_readonly(home)
    expected = compare(con, ML, SW)["roles"][ML]
    con.close()
    assert row["week"] == str(W2)
    assert row["open_positions"] == expected["open_positions"]
    assert row["salary_median"] == expected["salary_median"]
    assert row["top_skills"] == expected["top_skills"]
    assert [[c["company"], c["n"]] for c in row["top_companies"]] == expected["top_companies"]


def test_role_stats_takes_a_week_and_a_role_id(home: Path) -> None:
    (row,) = shell(home, "select * from role_stats('AI-ML-Engineer', week := '2026-10-07')")
    assert row["role"] == ML
    assert row["week"] == str(W1)
    assert shell(home, "select * from role_stats('Data Janitor')") == []


def test_role_compare_has_both_roles_and_the_shared_skills(home: Path) -> None:
    rows = shell(home, f"select * from role_compare('{ML}', '{SW}')")
    con = connect_readonly(home)
    expected = compare(con, ML, SW)
    con.close()
    assert [r["role"] for r in rows] == [ML, SW]
    assert rows[0]["shared_skills"] == expected["shared_skills"]
    assert rows[0]["overlap_pct"] == rows[1]["overlap_pct"] == expected["overlap_pct"]
    assert rows[0]["unique_skills"] == expected["roles"][ML]["unique_skills"]
    a, b = (expected["roles"][r]["salary_mean"] for r in (ML, SW))
    assert rows[0]["pays_more_pct"] == pytest.approx(100 * (a / b - 1), rel=1e-12)


def test_role_trend_lists_weeks_oldest_first_up_to_the_week(home: Path) -> None:
    rows = shell(home, f"select * from role_trend('{OPS}')")
    assert [r["week"] for r in rows] == [str(W1), str(W2)]
    assert rows[1]["open_positions_wow"] == rows[1]["open_positions"] - rows[0]["open_positions"]
    assert [
        r["week"] for r in shell(home, f"select * from role_trend('{OPS}', week := '{W1}')")
    ] == [str(W1)]


def test_macros_work_through_jobwatch_sql_too(home: Path) -> None:
    columns, rows = run_sql(home, f"select role, open_positions from role_stats('{SW}')")
    assert columns == ["role", "open_positions"]
    assert rows[0][0] == SW


def duckdb_cli(home: Path, sql: str) -> list[dict]:
    """The `duckdb` shell binary installed with jobwatch (PyPI's duckdb-cli), in JSON mode."""
    exe = Path(sys.executable).parent / "duckdb"
    assert exe.exists(), f"the duckdb shell is not installed at {exe} (pyproject: duckdb-cli)"
    args = [str(exe), "-readonly", "-json", str(home / "warehouse.duckdb")]
    out = subprocess.run(args, input=sql, capture_output=True, text=True, check=True, timeout=60)
    return json.loads(out.stdout or "[]")


def test_macros_work_in_a_plain_duckdb_shell(home: Path) -> None:
    """The shell may be older than the library: the file is written in a compatible format."""
    (row,) = duckdb_cli(home, f"select role, open_positions from role_stats('{ML}');")
    con = connect_readonly(home)
    try:
        expected = compare(con, ML, SW)["roles"][ML]["open_positions"]
    finally:
        con.close()
    assert row == {"role": ML, "open_positions": expected}
    trend = duckdb_cli(home, f"select week from role_trend('{OPS}');")
    assert [r["week"] for r in trend] == [str(W1), str(W2)]
    both = duckdb_cli(home, f"select role from role_compare('{ML}', '{SW}');")
    assert {r["role"] for r in both} == {ML, SW}
