"""Board probes against a loopback replay: real crawls (one process per platform) name each
board ok, empty, not found, moved (the token answers on another platform) or failing."""

from __future__ import annotations

import json
import shutil
from typing import TYPE_CHECKING

import pytest

from jobwatch.crawlers import probe
from jobwatch.crawlers.mirrors import BaseUrls
from jobwatch.crawlers.replay import REPLAY_SETTINGS, ReplayServer
from jobwatch.crawlers.sample import SAMPLE_ROOT
from tests.crawlers.board_fixtures import WEEK
from tests.crawlers.test_ashby import ashby_job

if TYPE_CHECKING:
    from pathlib import Path

FAST = REPLAY_SETTINGS | {"RETRY_TIMES": 0}


def write_replay(root: Path) -> None:
    """greenhouse: steady (postings), quiet (none); hopper's token answers on Ashby only."""
    greenhouse = root / "greenhouse" / f"week={WEEK}"
    greenhouse.mkdir(parents=True)
    shutil.copy(SAMPLE_ROOT / "greenhouse" / "week=2026-11-09" / "northwindai.json", greenhouse)
    (greenhouse / "northwindai.json").rename(greenhouse / "steady.json")
    (greenhouse / "quiet.json").write_text(json.dumps({"jobs": [], "meta": {"total": 0}}))
    ashby = root / "ashby" / f"week={WEEK}"
    ashby.mkdir(parents=True)
    (ashby / "hopper.json").write_text(json.dumps({"apiVersion": "1", "jobs": [ashby_job()]}))


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    root = tmp_path_factory.mktemp("replay")
    write_replay(root)
    home = tmp_path_factory.mktemp("home")
    boards = ["steady", "quiet", "gone", "hopper", "broken"]
    faults = {"broken": {"status": 500, "repeat": True}}
    with ReplayServer(root, week=WEEK, faults=faults) as srv:
        found = probe.probe(
            [("greenhouse", b) for b in boards],
            home=home,
            target=BaseUrls(srv.base_url),
            settings=FAST,
        )
    return {p.board: p for p in found}, home


@pytest.mark.parametrize(
    ("board", "state", "moved_to"),
    [
        ("steady", probe.OK, None),
        ("quiet", probe.EMPTY, None),
        ("gone", probe.NOT_FOUND, None),  # 404 here and on every other platform
        ("hopper", probe.MOVED, ("ashby", "hopper")),
        ("broken", probe.FAILING, None),
    ],
)
def test_each_board_gets_its_state(probes: tuple[dict, Path], board, state, moved_to) -> None:
    found = probes[0][board]
    assert (found.state, found.moved_to) == (state, moved_to)


def test_a_probe_counts_postings_says_why_and_writes_nothing_to_the_lake(probes) -> None:
    found, home = probes
    assert found["steady"].items == 88
    assert "500" in (found["broken"].error or "")
    assert not (home / "raw").exists()


def test_probes_are_recorded_and_the_latest_one_per_board_wins(tmp_path: Path) -> None:
    first = [probe.Probe("greenhouse", "acme", probe.OK, 3)]
    again = [probe.Probe("greenhouse", "acme", probe.NOT_FOUND, error="HTTP 404")]
    probe.record(tmp_path, first)
    path = probe.record(tmp_path, again)
    with path.open("a") as out:
        out.write('{"cut": \n')  # a damaged line is skipped
    assert probe.latest(tmp_path)[("greenhouse", "acme")]["state"] == probe.NOT_FOUND


@pytest.mark.parametrize(
    ("board", "platform", "expected"),
    [
        ("acme", "greenhouse", True),  # a plain slug can live on Ashby
        ("acme/External", "greenhouse", False),  # a Workday tenant/site is no Ashby token
    ],
)
def test_a_token_is_tried_where_its_shape_fits(board, platform, expected) -> None:
    others = probe.movable(board, platform, BaseUrls("http://127.0.0.1:9"))
    assert ("ashby" in others) is expected
    assert platform not in others
