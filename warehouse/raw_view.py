"""The raw_postings view: raw lines of the effective crawls, read from the raw lake when queried.

The warehouse holds no raw line: payloads are verbatim pages and stay in the lake. The view reads
the board files of the crawls crawl_runs names, only when someone asks for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    import duckdb

MAX_LINE_BYTES = 256 * 1024 * 1024  # a raw line keeps the whole page payload verbatim
TEXT = [
    "source_id",
    "title",
    "url",
    "company",
    "location_raw",
    "remote_raw",
    "employment_type_raw",
    "department_raw",
    "description_html",
    "description_text",
    "salary_raw",
]
COLUMNS = dict.fromkeys(
    ["source", *TEXT, "posted_at_raw", "updated_at_raw", "fetched_at"], "VARCHAR"
)
COLUMNS |= {"salary_structured": "JSON", "payload": "JSON"}
ORDER = [*TEXT, "salary_structured", "posted_at_raw", "updated_at_raw"]


def _select(lines: str) -> str:
    fields = ", ".join([*ORDER, "fetched_at", "payload"])
    return f"""
with lines as ({lines}),

located as (
    select
        regexp_extract(filename, 'crawl=([^/\\\\]+)', 1) as crawl_id,
        coalesce(source, regexp_extract(filename, 'source=([^/\\\\]+)', 1)) as source,
        -- the file name is the board token percent-encoded (tenant%2Fsite.jsonl: tenant/site)
        url_decode(regexp_extract(filename, '([^/\\\\]+)\\.jsonl$', 1)) as board,
        cast(regexp_extract(filename, 'week=([0-9-]+)', 1) as date) as week,
        {fields}
    from lines
    where not regexp_matches(filename, '[/\\\\]_[^/\\\\]*$')
        and source_id is not null  -- a line that is not JSON reads as nulls: not a posting
)

select located.*
from located
semi join crawl_runs
    on located.crawl_id = crawl_runs.crawl_id and located.board = crawl_runs.board
"""


def create_raw_view(con: duckdb.DuckDBPyConnection, raw: Path) -> None:
    """(Re)create raw_postings over the raw lake at `raw` (empty while the lake has no line)."""
    files = next(raw.glob("source=*/week=*/crawl=*/*.jsonl"), None) if raw.is_dir() else None
    if files is None:
        ddl = ", ".join(f"null::{t} as {c}" for c, t in COLUMNS.items())
        lines = f"select {ddl}, null::VARCHAR as filename where false"
    else:
        pattern = str(raw / "source=*" / "week=*" / "crawl=*" / "*.jsonl").replace("'", "''")
        spec = "{" + ", ".join(f"'{k}': '{v}'" for k, v in COLUMNS.items()) + "}"
        lines = (
            f"select * from read_json('{pattern}', format='newline_delimited', columns={spec},"
            f" filename=true, ignore_errors=true, maximum_object_size={MAX_LINE_BYTES})"
        )
    con.execute(f"create or replace view raw_postings as {_select(lines)}")
