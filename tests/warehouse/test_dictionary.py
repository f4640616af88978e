"""warehouse/DATA_DICTIONARY.md lists exactly the live tables, macros and exported columns."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from jobwatch.warehouse.export import export_week
from tests.warehouse.conftest import run_build
from tests.warehouse.scenarios import ML, SW, market

DICTIONARY = Path(__file__).resolve().parents[2] / "warehouse" / "DATA_DICTIONARY.md"
SECTION = re.compile(r"^## (table|view|macro|export) `([^`(]+)(?:\(([^)]*)\))?`", re.M)
COLUMN = re.compile(r"^\| `([^`]+)` \| (.+) \|$", re.M)


def documented() -> dict[tuple[str, str], tuple[str | None, list[str]]]:
    """(kind, name) -> (parameters, documented columns); a column without a meaning is an error."""
    text = DICTIONARY.read_text(encoding="utf-8")
    marks = list(SECTION.finditer(text))
    out = {}
    for mark, nxt in zip(marks, [*marks[1:], None], strict=True):
        body = text[mark.end() : nxt.start() if nxt else len(text)]
        rows = COLUMN.findall(body)
        assert all(meaning.strip() for _, meaning in rows), mark.group(0)
        out[(mark.group(1), mark.group(2))] = (mark.group(3), [c for c, _ in rows])
    return out


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> tuple[duckdb.DuckDBPyConnection, Path]:
    home = tmp_path_factory.mktemp("dictionary")
    market(home)
    run_build(home)
    export = export_week(home)
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    yield con, export.dir
    con.close()


def _columns(con: duckdb.DuckDBPyConnection, query: str) -> list[str]:
    return [row[0] for row in con.execute(f"describe {query}").fetchall()]


def test_every_table_and_column_is_documented_and_nothing_else(live) -> None:
    con, _ = live
    doc = documented()
    query = "select table_name from duckdb_tables() where not temporary order by 1"
    tables = [r[0] for r in con.execute(query).fetchall()]
    assert sorted(n for k, n in doc if k == "table") == tables
    for table in tables:
        assert doc[("table", table)][1] == _columns(con, f"select * from {table}"), table
    views = con.execute("select view_name from duckdb_views() where not internal").fetchall()
    assert [n for k, n in doc if k == "view"] == [v[0] for v in views]


def test_every_macro_with_its_parameters_and_extra_columns(live) -> None:
    con, _ = live
    doc = documented()
    macros = con.execute(
        "select function_name, parameters from duckdb_functions()"
        " where function_type = 'table_macro' and not internal"
    ).fetchall()
    assert {n for k, n in doc if k == "macro"} == {name for name, _ in macros}
    for name, params in macros:
        written = [p.strip().split(" ")[0] for p in (doc[("macro", name)][0] or "").split(",")]
        assert written == list(params), name
    base = _columns(con, "select * from mart_role_week")
    stats = _columns(con, f"select * from role_stats('{ML}')")
    assert stats == base + doc[("macro", "role_stats")][1]
    pair = _columns(con, f"select * from role_compare('{ML}', '{SW}')")
    assert pair == stats + doc[("macro", "role_compare")][1]
    assert _columns(con, f"select * from role_trend('{ML}')") == doc[("macro", "role_trend")][1]


def test_every_exported_column(live) -> None:
    con, out = live
    doc = documented()
    glob = str(out.parent / "*" / "postings.parquet")
    hive = con.execute(f"describe select * from read_parquet('{glob}', hive_partitioning=true)")
    assert [r[0] for r in hive.fetchall()] == doc[("export", "postings.parquet")][1]
    for part in sorted(out.glob("mart_*.parquet")):
        assert pq.read_schema(part).names == doc[("table", part.stem)][1], part.name
