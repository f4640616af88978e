"""The data dictionary (DATA_DICTIONARY.md) as data, written into the warehouse as comments.

Each `## table|view|macro|export` section has a one-paragraph description and a `| column |
meaning |` table; `COMMENT ON` puts both into the warehouse file, so `describe`, `duckdb_columns()`
and the tools that read them show an analyst what the dictionary says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

DICTIONARY = Path(__file__).resolve().parent / "DATA_DICTIONARY.md"
SECTION = re.compile(r"^## (table|view|macro|export) `([^`(]+)(?:\(([^)]*)\))?`", re.M)
COLUMN = re.compile(r"^\| `([^`]+)` \| (.+) \|$", re.M)
SEE = re.compile(r"^see `(\w+)`$")  # "same meaning as that table's column of the same name"


@dataclass(frozen=True)
class Entry:
    kind: str  # table, view, macro or export
    name: str
    parameters: str | None  # a macro's, as written
    description: str
    columns: dict[str, str]  # column -> meaning, in the dictionary's order


def read_dictionary(path: Path = DICTIONARY) -> dict[tuple[str, str], Entry]:
    """(kind, name) -> its entry, in the file's order."""
    text = path.read_text(encoding="utf-8")
    marks = list(SECTION.finditer(text))
    out = {}
    for mark, nxt in zip(marks, [*marks[1:], None], strict=True):
        body = text[mark.end() : nxt.start() if nxt else len(text)]
        prose = body.split("\n| ", 1)[0]
        kind, name, params = mark.groups()
        columns = {c: m.strip() for c, m in COLUMN.findall(body)}
        out[(kind, name)] = Entry(kind, name, params, " ".join(prose.split()), columns)
    return out


def meaning(entries: dict[tuple[str, str], Entry], table: str, column: str) -> str:
    """A column's meaning, a bare "see `other`" replaced by the other table's text."""
    text = entries[("table", table)].columns[column]
    seen = {table}
    while (ref := SEE.match(text)) and ref.group(1) not in seen:
        other = entries.get(("table", ref.group(1)))
        if other is None or column not in other.columns:
            break
        seen.add(ref.group(1))
        text = other.columns[column]
    return text


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def comment_on_everything(con: duckdb.DuckDBPyConnection, path: Path = DICTIONARY) -> int:
    """COMMENT ON every persisted table, view, macro and column the dictionary describes; returns
    how many comments were written (what it does not describe, test_dictionary.py catches)."""
    entries = read_dictionary(path)
    live = dict(
        con.execute(
            "select table_name, 'table' from duckdb_tables() where not temporary union all"
            " select view_name, 'view' from duckdb_views() where not internal and not temporary"
            " union all select distinct function_name, 'macro table' from duckdb_functions()"
            " where function_type = 'table_macro' and not internal"
        ).fetchall()
    )
    columns = con.execute(
        "select table_name, column_name from duckdb_columns() where not internal"
    ).fetchall()
    written = 0
    for (kind, name), entry in entries.items():
        if kind in ("table", "view", "macro") and name in live:
            con.execute(f"comment on {live[name]} {name} is {_quote(entry.description)}")
            written += 1
    for table, column in columns:
        kind = "view" if live.get(table) == "view" else "table"
        found = entries.get((kind, table))
        if found and column in found.columns:
            text = meaning(entries, table, column) if kind == "table" else found.columns[column]
            con.execute(f'comment on column {table}."{column}" is {_quote(text)}')
            written += 1
    return written
