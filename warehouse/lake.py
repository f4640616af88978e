"""What the lakes hold: every finished crawl with a signature of its files, so a build loads only
the crawls that are new or whose files changed since the warehouse last loaded them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jobwatch.core import layout
from jobwatch.core.config import paths
from jobwatch.core.errors import UserError
from jobwatch.warehouse.clusters import MIN_EQUAL, SQL_BANDS

if TYPE_CHECKING:
    import duckdb

# Read from the file rather than importing pipeline.taxonomy: the version is data, not code.
VERSION_FILE = Path(__file__).resolve().parent.parent / "pipeline" / "taxonomy" / "VERSION"


@dataclass(frozen=True)
class LakeCrawl:
    """One finished crawl (never `.tmp-crawl=*`) and its normalized files at one taxonomy."""

    crawl_id: str
    source: str
    week: str
    raw_dir: Path
    normalized: tuple[Path, ...]  # its postings parquet file(s); empty until normalized

    @property
    def signature(self) -> str:
        """Changes when the crawl's run rows or normalized files are written again."""
        files = [self.raw_dir / layout.RUNS, *self.normalized]
        return ";".join(f"{p.name}={_stamp(p)}" for p in files)

    @property
    def runs_file(self) -> Path:
        return self.raw_dir / layout.RUNS

    def board_files(self) -> list[Path]:
        return layout.board_files(self.raw_dir)


def _stamp(path: Path) -> str:
    try:
        st = path.stat()
    except FileNotFoundError:
        return "missing"
    return f"{st.st_size}:{st.st_mtime_ns}"


def taxonomy_version() -> str:
    """The pipeline's current taxonomy version (pipeline/taxonomy/VERSION)."""
    try:
        version = VERSION_FILE.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise UserError(f"no taxonomy version file at {VERSION_FILE}") from None
    if not version:
        raise UserError(f"taxonomy version file {VERSION_FILE} is empty")
    return version


def _key(path: Path, name: str) -> str:
    return path.name.removeprefix(f"{name}=")


def find_crawls(home: Path, version: str) -> list[LakeCrawl]:
    """Every finished crawl dir of the raw lake, with its normalized files at `version`."""
    where = paths(home)
    crawls = []
    for raw_dir in layout.finished_crawl_dirs(where.raw):
        norm_dir = layout.normalized_crawl_dir(where.normalized, version, raw_dir)
        crawls.append(
            LakeCrawl(
                crawl_id=layout.crawl_id_of(raw_dir),
                source=_key(raw_dir.parent.parent, "source"),
                week=_key(raw_dir.parent, "week"),
                raw_dir=raw_dir,
                normalized=tuple(sorted(norm_dir.glob("*.parquet"))),
            )
        )
    return crawls


def register_params(con: duckdb.DuckDBPyConnection, params: dict[str, object]) -> None:
    """src_params: the settings every model may read (one row), and the dedup pass's constants
    (warehouse/clusters.py)."""
    con.execute(
        "create or replace temp table src_params as select ?::VARCHAR as taxonomy_version,"
        " ?::INTEGER as min_salary_n, ?::INTEGER as schema_version, ?::VARCHAR as marts_version,"
        " ?::INTEGER as cluster_min_equal, ?::INTEGER as cluster_bands,"
        " ?::INTEGER as lake_copy_version, ?::INTEGER as min_title_n, ?::DOUBLE as drop_ratio,"
        " ?::VARCHAR as history_version",
        [
            params["taxonomy_version"],
            params["min_salary_n"],
            params["schema_version"],
            params["marts_version"],
            MIN_EQUAL,
            SQL_BANDS,
            params["lake_copy_version"],
            params["min_title_n"],
            params["drop_ratio"],
            params.get("history_version", ""),
        ],
    )
