"""SIGKILL during each stage of `jobwatch refresh`: nothing committed is lost, nothing doubles."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from tests.conftest import jobwatch_cli
from tests.flows.cli_process import CliProcess
from tests.flows.helpers import WEEK1, WEEK2, boards, open_by_board, recorded_jobs, table_counts

if TYPE_CHECKING:
    from pathlib import Path

# The progress line each stage prints on stderr when it starts (jobwatch/progress.py emit).
STAGES = {
    "crawl": r"^crawl greenhouse(-\S+)?: started",
    "normalize": r"^normalize: started",
    "load": r"^load: building the warehouse",
    "export": rf"^export: week {WEEK2}",
}


def tree(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def complete_exports(home: Path) -> dict[str, dict[str, bytes]]:
    """Exported weeks with a manifest, each file checked against it (no manifest = incomplete)."""
    done, root = {}, home / "exports"
    for manifest in sorted((root / "_manifests").glob("week=*.json")):
        listed = json.loads(manifest.read_text())["files"]
        for name, entry in listed.items():
            body = (root / name).read_bytes()
            assert hashlib.sha256(body).hexdigest() == entry["sha256"], f"{root}/{name}"
        done[manifest.stem] = {n: (root / n).read_bytes() for n in listed}
    return done


def test_sigkill_in_every_stage_keeps_previous_results_and_the_next_run_recovers(
    home: Path,
) -> None:
    week1_open, counts = open_by_board(home, WEEK1), table_counts(home)
    exports, site = complete_exports(home), tree(home / "site")
    for stage, started in STAGES.items():
        cli = CliProcess(home, "refresh", "--sample", "--week", WEEK2)
        cli.wait_for(started)
        cli.kill()  # the CLI, its crawl subprocess and its Prefect server, all at once
        # The previous warehouse stays readable with the same figures; before the load it is
        # the very same file, after the swap it may already hold the new week too.
        assert open_by_board(home, WEEK1) == week1_open, stage
        if stage in ("crawl", "normalize"):
            assert table_counts(home) == counts, stage
        assert {w: f for w, f in complete_exports(home).items() if w in exports} == exports
        assert tree(home / "site") == site, stage  # pages come after the export
    summary = json.loads(
        jobwatch_cli(home, "refresh", "--sample", "--week", WEEK2, "--json").stdout
    )
    assert summary["status"] == "completed with failed boards"  # only the stale sample board
    good = [b for b in boards() if b != "driftwooddynamics"]
    # Nothing lost, nothing doubled: each board's open postings are exactly what it published.
    assert open_by_board(home, WEEK2) == {b: recorded_jobs(WEEK2, b) for b in good}
    assert open_by_board(home, WEEK1) == week1_open
    assert table_counts(home)["crawl_runs"] == 2 * len(boards())  # one effective crawl per week
    assert set(complete_exports(home)) == set(exports) | {f"week={WEEK2}"}
