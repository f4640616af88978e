"""The weekly run's board lifecycle through the CLI, against a loopback replay: a board failing
N weeks in a row is disabled with a note, a stale slug found on Ashby moves there, and the
disabled board's monthly re-probe re-enables it once it answers."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from typing import TYPE_CHECKING

import pytest
import yaml

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.sample import SAMPLE_ROOT
from jobwatch.flows.report import run_report
from tests.conftest import jobwatch_cli
from tests.crawlers.test_ashby import ashby_job

if TYPE_CHECKING:
    from pathlib import Path

W1, W2, LATER = "2026-11-09", "2026-11-16", "2026-12-14"  # LATER: 4 weeks after the last crawl
FAST = ["--set", "RETRY_TIMES=0", "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=0"]


def _replay(root: Path) -> None:
    """steady answers every week; broken answers only from LATER on (500 before: a fault);
    hopper is gone from Greenhouse and answers on Ashby."""
    recorded = SAMPLE_ROOT / "greenhouse" / f"week={W1}" / "northwindai.json"
    for week in (W1, LATER):
        folder = root / "greenhouse" / f"week={week}"
        folder.mkdir(parents=True)
        shutil.copy(recorded, folder / "steady.json")
    shutil.copy(recorded, root / "greenhouse" / f"week={LATER}" / "broken.json")
    ashby = root / "ashby" / f"week={W1}"
    ashby.mkdir(parents=True)
    (ashby / "hopper.json").write_text(json.dumps({"apiVersion": "1", "jobs": [ashby_job()]}))


def _refresh(home: Path, root: Path, week: str) -> dict:
    faults = {"broken": {"status": 500, "repeat": True}} if week != LATER else {}
    with ReplayServer(root, week=dt.date.fromisoformat(week), faults=faults) as srv:
        args = ("refresh", "--week", week, "--base-url", srv.base_url, *FAST, "--json")
        proc = jobwatch_cli(home, *args, "--set", "BOARD_DISABLE_AFTER_WEEKS=2")
    return json.loads(proc.stdout)


def _rows(registry: Path) -> dict[tuple[str, str], dict]:
    return {(r["platform"], r["board"]): r for r in yaml.safe_load(registry.read_text())}


@pytest.mark.timeout(1200)  # three weekly refreshes, a search on the other platforms
def test_failing_boards_are_disabled_moved_and_re_enabled(tmp_path: Path) -> None:
    _replay(tmp_path / "replay")
    home = tmp_path / "home"
    home.mkdir()
    registry = home / "sources.yaml"  # the user's registry
    registry.write_text(
        "".join(
            f"- {{company: {b.title()}, platform: greenhouse, board: {b}}}\n"
            for b in ("steady", "broken", "hopper")
        )
    )
    first = _refresh(home, tmp_path / "replay", W1)
    assert first["boards"]["changes"] == []  # one failed week is not two
    second = _refresh(home, tmp_path / "replay", W2)
    changes = {(c["kind"], c["board"]) for c in second["boards"]["changes"]}
    assert changes == {("disabled", "broken"), ("moved", "hopper")}
    rows = _rows(registry)
    broken = rows[("greenhouse", "broken")]
    assert broken["enabled"] is False
    assert broken["note"].startswith(
        f"disabled by the weekly run of week {W2}: failed 2 weeks in a row since {W1}: HTTP 500"
    )
    assert rows[("greenhouse", "hopper")]["note"].endswith("moved to ashby/hopper")
    assert rows[("ashby", "hopper")] == {
        "company": "Hopper",
        "platform": "ashby",
        "board": "hopper",
        "origin": "moved from greenhouse",
    }
    report = run_report(second, None)
    assert "| disabled | greenhouse/broken | failed 2 weeks in a row" in report
    assert "| moved | greenhouse/hopper → ashby/hopper |" in report
    listed = json.loads(jobwatch_cli(home, "sources", "--json").stdout)["boards"]
    assert {b["board"]: b["enabled"] for b in listed if b["platform"] == "greenhouse"} == {
        "steady": True,
        "broken": False,
        "hopper": False,
    }
    later = _refresh(home, tmp_path / "replay", LATER)  # broken's monthly re-probe answers
    assert {(c["kind"], c["board"]) for c in later["boards"]["changes"]} == {
        ("re-enabled", "broken"),
    }
    assert "enabled" not in _rows(registry)[("greenhouse", "broken")]
    assert "note" not in _rows(registry)[("greenhouse", "broken")]
