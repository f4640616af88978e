"""Where everything lives under a home: every lake path and bookkeeping file name, spelled once.

    raw/source=S/week=W/crawl=ID/            a finished crawl (`.tmp-crawl=ID` while it runs)
        <board>.jsonl                        raw postings, one line each
        _quarantine.jsonl                    bad input, with the reason
        _pages.jsonl, _pages.<board>.<n>.body  the page archive (crawlers/archive/pages.py)
        _runs.jsonl                          one row per board; written last
    normalized/taxonomy=V/source=S/week=W/crawl=ID/postings.parquet (+ quarantine.jsonl)
    exports/<table>/week=W/part-0.parquet    one hive-partitioned dataset per exported table
    exports/_manifests/week=W.json           the week's manifest; written last
    warehouse.duckdb  site/  logs/  prefect/  .refresh.lock
    boards/probes.jsonl                      every board probe (`jobwatch sources validate`)
    boards/discovered.jsonl                  boards found in the lake (`sources discover`)

The warehouse's staging SQL (warehouse/sql/0[1-3]_stg_*.sql) reads source, week and crawl id back
from these key=value folder names. Temp names are spelled in temp_names.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

# Writers and readers import the temp names from here too.
from jobwatch.core.temp_names import PARTS as PARTS
from jobwatch.core.temp_names import TEMP_NAME as TEMP_NAME
from jobwatch.core.temp_names import TMP as TMP
from jobwatch.core.temp_names import temp_after as temp_after
from jobwatch.core.temp_names import temp_before as temp_before

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

# A crawl dir's bookkeeping starts with "_": readers of postings skip such files.
RUNS = "_runs.jsonl"  # written last: a crawl dir (local or remote) holding it is complete
QUARANTINE = "_quarantine.jsonl"
PAGES = "_pages.jsonl"  # the page archive's index, in fetch order
POSTINGS = "postings.parquet"  # a normalized crawl dir's postings
NORMALIZED_QUARANTINE = "quarantine.jsonl"  # ... and the lines normalization refused
# An export's bookkeeping starts with "_" too: dataset readers (pyarrow, pandas) skip such names.
MANIFESTS = "_manifests"  # exports/_manifests/week=W.json, written last: none, week incomplete
EXPORT_PART = "part-0.parquet"  # the one file of a table's week partition
CRAWL_DIRS = "source=*/week=*/crawl=*"  # finished crawl dirs under a lake root (never `.tmp-`)
CRAWL_PREFIX = "crawl="


@dataclass(frozen=True)
class Paths:
    """The on-disk layout under one home directory."""

    home: Path

    @property
    def raw(self) -> Path:
        """Immutable raw lake: raw/source=S/week=W/crawl=ID/."""
        return self.home / "raw"

    @property
    def normalized(self) -> Path:
        """Normalized postings per crawl: normalized/taxonomy=V/source=S/week=W/crawl=ID/."""
        return self.home / "normalized"

    @property
    def warehouse(self) -> Path:
        return self.home / "warehouse.duckdb"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def site(self) -> Path:
        return self.home / "site"

    @property
    def probes(self) -> Path:
        """One line per board probe: when, the board, its state (crawlers/probe.py)."""
        return self.home / "boards" / "probes.jsonl"

    @property
    def discovered(self) -> Path:
        """The latest discovery's proposals with their evidence (crawlers/discover.py)."""
        return self.home / "boards" / "discovered.jsonl"

    @property
    def refresh_lock(self) -> Path:
        """Held (flock) by the one refresh running on this home (jobwatch/core/runlock.py)."""
        return self.home / ".refresh.lock"

    @property
    def prefect(self) -> Path:
        """Prefect's local state (PREFECT_HOME) when jobwatch runs Prefect itself."""
        return self.home / "prefect"


def week_key(week: dt.date) -> str:
    return f"week={week.isoformat()}"


def week_dir(raw: Path, source: str, week: dt.date) -> Path:
    """raw/source=S/week=W under a raw lake root."""
    return raw / f"source={source}" / week_key(week)


def tmp_crawl_dir(raw: Path, source: str, week: dt.date, crawl_id: str) -> Path:
    """Where a running crawl writes; readers ignore `.tmp-*` (an interrupted crawl)."""
    return week_dir(raw, source, week) / f"{TMP}-{CRAWL_PREFIX}{crawl_id}"


def final_crawl_dir(tmp_dir: Path) -> Path:
    """`.tmp-crawl=ID` -> `crawl=ID`: the name a finished crawl is renamed to."""
    return tmp_dir.with_name(tmp_dir.name.removeprefix(f"{TMP}-"))


def is_crawl_dir(path: Path) -> bool:
    return path.is_dir() and path.name.startswith(CRAWL_PREFIX)


def crawl_id_of(crawl_dir: Path) -> str:
    return crawl_dir.name.removeprefix(CRAWL_PREFIX)


def finished_crawl_dirs(root: Path) -> list[Path]:
    """Finished crawl dirs under a raw (or taxonomy) root (`crawl=*` never matches `.tmp-`)."""
    return sorted(d for d in root.glob(CRAWL_DIRS) if d.is_dir())


def taxonomy_dir(normalized: Path, version: str) -> Path:
    return normalized / f"taxonomy={version}"


def normalized_crawl_dir(normalized: Path, version: str, crawl_dir: Path) -> Path:
    """normalized/taxonomy=V/source=S/week=W/crawl=ID for a raw crawl dir."""
    week, source = crawl_dir.parent, crawl_dir.parent.parent
    return taxonomy_dir(normalized, version) / source.name / week.name / crawl_dir.name


def board_stem(board: str) -> str:
    """A board token as a file name: percent-encoded, so a Workday `tenant/site` board is one
    file (`tenant%2Fsite.jsonl`); the usual slugs (letters, digits, `._-`) stay as they are."""
    return quote(board, safe="")


def board_file(crawl_dir: Path, board: str) -> Path:
    return crawl_dir / f"{board_stem(board)}.jsonl"


def board_of(path: Path) -> str:
    """The board a `<board>.jsonl` file holds (its name decoded: `tenant%2Fsite` -> tenant/site)."""
    return unquote(path.name.removesuffix(".jsonl"))


def board_files(crawl_dir: Path) -> list[Path]:
    """A crawl dir's `<board>.jsonl` files: the `_` bookkeeping files are not postings."""
    return sorted(p for p in crawl_dir.glob("*.jsonl") if not p.name.startswith("_"))


def page_body_name(board: str, n: int) -> str:
    """The archived body of a board's n-th page (from 1), beside the other crawl dir files."""
    return f"_pages.{board_stem(board)}.{n}.body"


def out_quarantine(out: Path) -> Path:
    """`FILE.jsonl` -> `FILE.quarantine.jsonl`: a crawl's bad input in out-file mode."""
    return out.with_name(f"{out.name.removesuffix('.jsonl')}.quarantine.jsonl")


def export_file(exports: Path, table: str, week: dt.date) -> Path:
    """exports/<table>/week=W/part-0.parquet: one partition of the table's dataset."""
    return exports / table / week_key(week) / EXPORT_PART


def export_manifest(exports: Path, week: dt.date) -> Path:
    """exports/_manifests/week=W.json, beside the datasets rather than inside a partition."""
    return exports / MANIFESTS / f"{week_key(week)}.json"


def out_archive_dir(out: Path, crawl_id: str) -> Path:
    """Out-file mode keeps the page archive in a hidden directory beside the out file."""
    return out.with_name(f".{out.name}.pages-{crawl_id}")


def exported_weeks(exports: Path) -> list[str]:
    """The weeks (ISO) whose export is complete (its manifest written), oldest first."""
    found = (exports / MANIFESTS).glob("week=*.json")
    return sorted(p.name.removeprefix("week=").removesuffix(".json") for p in found)


def crawl_log(logs: Path, crawl_id: str) -> Path:
    return logs / f"crawl-{crawl_id}.log"
