"""The benchmark's pandas baseline computes every column of every mart, equal to DuckDB's marts."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import warehouse_pandas  # noqa: E402
import warehouse_scale  # noqa: E402
import warehouse_synth  # noqa: E402

KEYS = {
    "role_week": ["role", "week"],
    "skills": ["role", "week", "skill"],
    "companies": ["role", "week", "company"],
    "metros": ["role", "week", "metro"],
    "sources": ["role", "week", "source"],
}
TABLES = {name: "mart_role_week" if name == "role_week" else f"mart_role_{name}" for name in KEYS}


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    """DuckDB's full build of a small synthetic history, and the pandas baseline of its lake."""
    work = tmp_path_factory.mktemp("baseline")
    table = warehouse_synth.posting_weeks(12_000, 8)
    # remote postings first seen in some weeks have no metro: they are left out of the metros
    remote = pc.equal(table["work_mode"], "remote")
    unplaced = pc.and_(remote, pc.equal(pc.bit_wise_and(table["first_seen"].cast("int32"), 3), 0))
    metro = pc.if_else(unplaced, pa.scalar(None, pa.string()), table["metro"])
    table = table.set_column(table.schema.get_field_index("metro"), "metro", metro)
    warehouse_scale.write_table(table, work / "lake")
    con = warehouse_scale.load(work / "w.duckdb", work / "lake", None)
    warehouse_scale.marts(con, None)
    duck = {name: con.execute(f"from {TABLES[name]}").df() for name in KEYS}
    con.close()
    frame = pq.read_table(work / "lake", partitioning="hive").to_pandas()
    frame["week"] = pd.to_datetime(frame["week"])
    return duck, warehouse_pandas.marts(frame, min_salary_n=10)


def _aligned(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    frame = frame.assign(week=pd.to_datetime(frame["week"]))
    if "prev_week" in frame:
        frame["prev_week"] = pd.to_datetime(frame["prev_week"])
    frame = frame.sort_values(keys).reset_index(drop=True)
    for col in frame.columns:  # one representation of missing: NaN for numbers, None for text
        if frame[col].dtype.kind in "iufb":
            frame[col] = frame[col].astype("float64")
        elif col not in ("week", "prev_week"):
            frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


@pytest.mark.parametrize("name", list(KEYS))
def test_pandas_computes_every_column_of_the_mart(both, name: str) -> None:
    duck, pandas = both
    assert sorted(pandas[name].columns) == sorted(duck[name].columns)
    got = _aligned(pandas[name][list(duck[name].columns)], KEYS[name])
    want = _aligned(duck[name], KEYS[name])
    pd.testing.assert_frame_equal(got, want, check_dtype=False, rtol=1e-9, atol=1e-9)


def test_the_history_exercises_suppression_ranks_and_changes(both) -> None:
    duck, _ = both
    weekly = duck["role_week"]
    assert weekly["salary_suppressed_reason"].notna().any()
    assert weekly["salary_median_ci_low"].notna().any()
    assert (duck["skills"]["n_wow"] < 0).any()
    assert (duck["companies"]["n_wow"] > 0).any()
    assert duck["metros"]["metro"].notna().all()
    assert (duck["metros"]["metro"] != "Remote").all()  # remote work is counted apart
