"""warehouse/DATA_DICTIONARY.md lists exactly the live tables, macros and exported columns, and
the warehouse carries its text as comments."""

from __future__ import annotations

from typing import TYPE_CHECKING

import duckdb
import pyarrow.parquet as pq
import pytest

from jobwatch.warehouse.dictionary import meaning, read_dictionary
from jobwatch.warehouse.export import export_week
from tests.warehouse.conftest import run_build
from tests.warehouse.scenarios import ML, SW, market

if TYPE_CHECKING:
    from pathlib import Path


def documented() -> dict[tuple[str, str], tuple[str | None, list[str]]]:
    """(kind, name) -> (parameters, documented columns); a column without a meaning is an error."""
    out = {}
    for key, entry in read_dictionary().items():
        assert entry.description, key
        assert all(entry.columns.values()), key
        out[key] = (entry.parameters, list(entry.columns))
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
    glob = str(out / "postings" / "*" / "*.parquet")
    hive = con.execute(f"describe select * from read_parquet('{glob}', hive_partitioning=true)")
    assert [r[0] for r in hive.fetchall()] == doc[("export", "postings")][1]
    marts = sorted(p for p in out.iterdir() if p.name.startswith("mart_"))
    assert marts
    for folder in marts:
        (part,) = folder.glob("week=*/part-0.parquet")
        assert pq.read_schema(part).names == doc[("table", folder.name)][1], folder.name


def test_every_table_view_macro_and_column_carries_the_dictionary_text(live) -> None:
    con, _ = live
    entries = read_dictionary()
    tables = con.execute(
        "select table_name, comment from duckdb_tables() where not temporary union all"
        " select view_name, comment from duckdb_views() where not internal and not temporary"
    ).fetchall()
    for name, comment in tables:
        kind = "view" if ("view", name) in entries else "table"
        assert comment == entries[(kind, name)].description, name
    weeks = "select comment from duckdb_tables() where table_name = 'weeks'"
    assert con.execute(weeks).fetchone() == ("One row per week with a crawl run.",)
    columns = con.execute(
        "select table_name, column_name, comment from duckdb_columns() where not internal"
    ).fetchall()
    assert columns
    for table, column, comment in columns:
        if ("view", table) in entries:
            assert comment == entries[("view", table)].columns[column], (table, column)
        else:
            assert comment == meaning(entries, table, column), (table, column)
            assert not comment.startswith("see `"), (table, column)  # resolved to the text
    macros = con.execute(
        "select distinct function_name, comment from duckdb_functions()"
        " where function_type = 'table_macro' and not internal"
    ).fetchall()
    assert dict(macros) == {n: entries[("macro", n)].description for n, _ in macros}
