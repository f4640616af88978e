"""The swap: a failing check keeps the old warehouse; readers are never locked out by a build."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
from typing import TYPE_CHECKING

import pytest

from jobwatch.core.errors import UserError
from jobwatch.warehouse.build import ChecksFailed
from jobwatch.warehouse.connect import connect_readonly
from tests.warehouse.conftest import run_build
from tests.warehouse.lakefix import W4, posting, write_crawl

if TYPE_CHECKING:
    from pathlib import Path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(home: Path) -> list[str]:
    return sorted(p.name for p in home.iterdir() if ".tmp-" in p.name)


@pytest.mark.parametrize(
    ("boards", "normalize", "check"),
    [
        ({"acme": ("ok", [posting("a9")])}, False, "normalized_covers_raw"),
        ({"acme": ("ok", [posting("a9", work_mode="Remote")])}, True, "accepted_values"),
        (
            {"acme": ("ok", [posting("a9", cluster_id=None, posting_id=None)])},
            True,
            "keys_not_null",
        ),
    ],
)
def test_a_failing_check_raises_and_keeps_the_previous_warehouse(
    history_home: Path, boards: dict, normalize: bool, check: str
) -> None:
    run_build(history_home)
    before = _digest(history_home / "warehouse.duckdb")
    write_crawl(history_home, "greenhouse", W4, boards, attempt=2, normalize=normalize)
    with pytest.raises(ChecksFailed) as failed:
        run_build(history_home)
    assert [name for name, _ in failed.value.failures] == [check]
    assert check in str(failed.value)
    assert "previous warehouse kept" in str(failed.value)
    assert _digest(history_home / "warehouse.duckdb") == before
    assert _leftovers(history_home) == []


def test_a_reader_in_this_process_keeps_working_during_a_build(history_home: Path) -> None:
    run_build(history_home)
    reader = connect_readonly(history_home)
    count = "select count(*) from posting_weeks"
    (old,) = reader.execute(count).fetchone() or (None,)
    write_crawl(history_home, "greenhouse", W4, {"acme": ("ok", [posting("a4")])}, attempt=2)
    builder = threading.Thread(target=run_build, args=(history_home,))
    builder.start()
    seen = []
    while builder.is_alive():
        seen.append(reader.execute(count).fetchone())
    builder.join()
    assert set(seen) <= {(old,)}
    assert reader.execute(count).fetchone() == (old,)  # still the file it opened
    fresh = connect_readonly(history_home)
    # acme's ok re-run of W4 holds a4 only: a1 a3 a5 are not open in W4 any more
    assert fresh.execute(count).fetchone() == (old - 3,)
    reader.close()
    fresh.close()


READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("select count(*) from postings").fetchone()[0], flush=True)
sys.stdin.readline()
print(con.execute("select count(*) from postings").fetchone()[0], flush=True)
"""


def test_another_process_holding_the_file_does_not_block_a_build(history_home: Path) -> None:
    run_build(history_home)
    path = str(history_home / "warehouse.duckdb")
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, path],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout
    assert reader.stdin
    assert reader.stdout.readline().strip() == "8"
    # a new lever board in a second W4 crawl; gamma's failed W4 crawl stays its effective one
    write_crawl(history_home, "lever", W4, {"delta": ("ok", [posting("d1")])}, attempt=2)
    assert run_build(history_home).row_counts["postings"] == 9
    out, _ = reader.communicate("\n", timeout=30)
    assert out.strip() == "8"
    assert reader.returncode == 0


STATE = (
    "select (select count(*) from posting_weeks), (select sum(open_positions) from mart_role_week),"
    " (select max(week)::varchar from weeks), (select count(*) from postings)"
)
LOOP_READER = """
import json, sys, pathlib, duckdb
path, stop, query = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
while not stop.exists():
    try:  # a new read-only connection each time, as `duckdb -readonly` or `jobwatch sql` would
        con = duckdb.connect(path, read_only=True)
        print(json.dumps(list(con.execute(query).fetchone())), flush=True)
        con.close()
    except Exception as exc:
        print(json.dumps({"error": str(exc)}), flush=True)
"""


def _state(home: Path) -> list:
    con = connect_readonly(home)
    try:
        return list(con.execute(STATE).fetchone() or ())
    finally:
        con.close()


def test_a_reader_process_in_a_loop_sees_old_or_new_never_an_error(
    history_home: Path, tmp_path: Path
) -> None:
    run_build(history_home)
    old = _state(history_home)
    stop = tmp_path / "stop"
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            LOOP_READER,
            str(history_home / "warehouse.duckdb"),
            str(stop),
            STATE,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout
    seen = [reader.stdout.readline()]  # reading before the build starts
    write_crawl(history_home, "lever", W4, {"delta": ("ok", [posting("d1")])}, attempt=2)
    for _ in range(3):  # several swaps while it reads: full, then incremental builds
        run_build(history_home, full=True)
        run_build(history_home)
    new = _state(history_home)
    while True:  # until the reader has seen the new state
        seen.append(reader.stdout.readline())
        if seen[-1].strip() == json.dumps(new) or not seen[-1]:
            break
    stop.touch()
    out, _ = reader.communicate(timeout=30)
    states = [json.loads(line) for line in seen + out.splitlines() if line.strip()]
    assert old != new
    assert [s for s in states if s not in (old, new)] == []  # no error, no mixture
    assert states[0] == old
    assert new in states
    assert len(states) > 10, "the reader must have read while the builds swapped the file"


def test_a_bad_build_memory_setting_is_a_user_error_and_keeps_the_warehouse(
    history_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_build(history_home)
    before = _digest(history_home / "warehouse.duckdb")
    monkeypatch.setenv("JOBWATCH_BUILD_MEMORY", "lots")
    with pytest.raises(UserError, match="cannot start the build"):
        run_build(history_home)
    assert _digest(history_home / "warehouse.duckdb") == before
    assert _leftovers(history_home) == []


def test_the_build_honours_its_memory_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    import duckdb

    from jobwatch.warehouse.build import limit_memory

    def limit() -> str:
        con = duckdb.connect()
        try:
            limit_memory(con)
            return str(con.execute("select current_setting('memory_limit')").fetchone()[0])
        finally:
            con.close()

    monkeypatch.delenv("JOBWATCH_BUILD_MEMORY", raising=False)
    default = limit()
    monkeypatch.setenv("JOBWATCH_BUILD_MEMORY", "3GB")
    assert limit() != default
    assert limit().startswith("2.7")
