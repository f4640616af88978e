"""A damaged lake file never stops `jobwatch refresh`: it is named, set aside, the rest loads."""

from __future__ import annotations

import re
import shutil
from typing import TYPE_CHECKING

from tests.conftest import SAMPLE_WEEKS, jobwatch_cli

if TYPE_CHECKING:
    from pathlib import Path

WEEK1, WEEK2 = SAMPLE_WEEKS


def _cut(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def _damage(home: Path) -> dict[str, Path]:
    """Week 1: one line of its _runs.jsonl and one board file cut, not yet normalized again.
    Week 2: its normalized Parquet truncated."""
    (crawl1,) = home.glob(f"raw/source=greenhouse/week={WEEK1}/crawl=*")
    runs, board = crawl1 / "_runs.jsonl", crawl1 / "northwindai.jsonl"
    lines = runs.read_text(encoding="utf-8").splitlines(keepends=True)
    (n,) = [i for i, line in enumerate(lines) if '"tidewateranalytics"' in line]
    lines[n] = lines[n][: len(lines[n]) // 2] + "\n"  # that board's run row cut mid-line
    runs.write_text("".join(lines), encoding="utf-8")
    _cut(board, 0.5)
    (norm1,) = home.glob(f"normalized/*/source=greenhouse/week={WEEK1}/crawl=*")
    shutil.rmtree(norm1)  # the refresh normalizes week 1 again, meeting the cut board file
    (parquet,) = home.glob(f"normalized/*/source=greenhouse/week={WEEK2}/crawl=*/*.parquet")
    _cut(parquet, 0.5)
    return {"runs": runs, "board": board, "parquet": parquet}


def test_refresh_quarantines_damaged_lake_files_and_loads_the_rest(
    sample_home: dict, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    shutil.copytree(sample_home["home"], home)
    damaged = _damage(home)
    proc = jobwatch_cli(home, "refresh", "--sample", "--week", WEEK2)
    assert "Traceback" not in proc.stderr
    found = set(re.findall(r"! damaged lake file (\S+): (\w+)", proc.stdout))
    assert found == {
        (str(damaged["runs"]), "malformed_json"),
        (str(damaged["runs"]), "no_run_row"),
        (str(damaged["board"]), "malformed_json"),
        (str(damaged["parquet"]), "unreadable_parquet"),
    }
    assert "A damaged lake file" in proc.stdout  # where the README says how to repair
    # The rest loaded: both weeks, week 2 from this run's crawl, with its postings.
    weeks = jobwatch_cli(
        home, "sql", "select week, count(*) from posting_weeks group by 1 order by 1", "--csv"
    )
    assert [line.split(",")[0] for line in weeks.stdout.split()[1:]] == list(SAMPLE_WEEKS)
    status = jobwatch_cli(home, "status").stdout
    assert "damaged lake files: 4" in status
    assert set(re.findall(r"! damaged lake file (\S+): (\w+)", status)) == found
