"""`jobwatch sources validate` and `discover` as a user runs them, against a loopback replay:
stale, moved, empty and failing boards; candidates found in crawled text, only valid ones added."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
import yaml

from jobwatch.crawlers.replay import ReplayServer
from tests.conftest import jobwatch_cli
from tests.crawlers.board_fixtures import WEEK
from tests.crawlers.test_discover import write_lake
from tests.crawlers.test_probe import write_replay

if TYPE_CHECKING:
    from pathlib import Path

FAST = ["--set", "RETRY_TIMES=0", "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=0"]
BOARDS = ["steady", "quiet", "gone", "hopper", "broken"]


@pytest.fixture(scope="module")
def replay(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("replay")
    write_replay(root)  # greenhouse steady + quiet; ashby hopper
    orbit = root / "greenhouse" / f"week={WEEK}" / "orbit.json"
    orbit.write_bytes((root / "greenhouse" / f"week={WEEK}" / "steady.json").read_bytes())
    (root / "ashby" / f"week={WEEK}" / "quanta.json").write_text(
        (root / "ashby" / f"week={WEEK}" / "hopper.json").read_text()
    )
    faults = {"broken": {"status": 500, "repeat": True}}
    with ReplayServer(root, week=WEEK, faults=faults) as srv:
        yield srv.base_url


def _registry(home: Path, boards: list[str]) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "sources.yaml"  # the user's registry
    path.write_text(
        "# my boards\n"
        + "".join(f"- {{company: {b}, platform: greenhouse, board: {b}}}\n" for b in boards)
    )
    return path


def test_validate_names_each_board_state_and_probes_the_oldest_first(
    tmp_path: Path, replay: str
) -> None:
    home = tmp_path / "home"
    _registry(home, BOARDS)
    args = ("sources", "validate", "--base-url", replay, *FAST, "--json")
    first = json.loads(jobwatch_cli(home, *args, "--limit", "2").stdout)["probes"]
    assert [(p["board"], p["state"]) for p in first] == [("steady", "ok"), ("quiet", "empty")]
    rest = json.loads(jobwatch_cli(home, *args).stdout)["probes"]
    states = {p["board"]: (p["state"], p["moved_to"]) for p in rest}
    assert [p["board"] for p in rest] == ["gone", "hopper", "broken", "steady", "quiet"]
    assert states == {
        "gone": ("not_found", None),
        "hopper": ("moved", "ashby/hopper"),
        "broken": ("failing", None),
        "steady": ("ok", None),
        "quiet": ("empty", None),
    }
    listed = json.loads(jobwatch_cli(home, "sources", "--json").stdout)["boards"]
    shown = {b["board"]: (b["probe"]["state"], b["probe"]["moved_to"]) for b in listed}
    assert shown["hopper"] == ("moved", ["ashby", "hopper"])  # `jobwatch sources` shows it
    lines = (home / "boards" / "probes.jsonl").read_text().splitlines()
    assert len(lines) == 7
    assert not (home / "raw").exists()  # a probe crawls into a scratch file, never the lake
    table = jobwatch_cli(home, "sources", "validate", "--base-url", replay, *FAST, "--limit", "1")
    assert "answers on ashby/hopper" not in table.stdout  # only the oldest probe ran again
    assert "1 boards probed" in table.stdout


def test_discover_proposes_what_answers_and_apply_adds_only_that(
    tmp_path: Path, replay: str
) -> None:
    home = tmp_path / "home"
    registry = _registry(home, ["halcyonledger", "steady"])
    write_lake(home)  # crawled text naming orbit, quanta, northstar, zeta, delta, acme/External
    args = ("sources", "discover", "--base-url", replay, *FAST, "--json")
    found = json.loads(jobwatch_cli(home, *args).stdout)
    proposals = {p["board"]: p for p in found["proposals"]}
    assert sorted(proposals) == ["acme/External", "delta", "northstar", "orbit", "quanta", "zeta"]
    assert {b for b, p in proposals.items() if p["valid"]} == {"orbit", "quanta"}
    assert proposals["quanta"]["evidence"][0]["posting"] == "hn-4242"
    saved = (home / "boards" / "discovered.jsonl").read_text().splitlines()
    assert len(saved) == 6
    assert "orbit" not in registry.read_text()  # proposals only, until --apply
    applied = json.loads(jobwatch_cli(home, *args, "--apply").stdout)
    assert applied["added"] == 2
    rows = yaml.safe_load(registry.read_text())
    assert registry.read_text().startswith("# my boards\n")  # the user's text kept
    added = {(r["platform"], r["board"]): r.get("origin") for r in rows[2:]}
    assert added == {("greenhouse", "orbit"): "discovered", ("ashby", "quanta"): "discovered"}
    listed = json.loads(jobwatch_cli(home, "sources", "--json").stdout)["boards"]
    assert {b["board"]: b["origin"] for b in listed}["orbit"] == "discovered"
