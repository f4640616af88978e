"""The crawl stage's schedule on real Prefect: at most `parallel` crawls at once, a lane's shards
(one API host) one after another, results in plan order."""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any

import pytest
from prefect import flow, task

from jobwatch.crawlers.mirrors import BaseUrls
from jobwatch.flows import crawl_stage
from jobwatch.flows.plan import CrawlShard

pytestmark = pytest.mark.usefixtures("prefect_harness")
LOCK = threading.Lock()
RUNNING: dict[str, Any] = {"now": 0, "peak": 0, "lanes": set(), "overlap": []}


@task
def fake_crawl(name: str, source: str, boards: list[str] | None, *_: Any) -> dict[str, Any]:
    lane = source if source == "greenhouse" else name  # greenhouse: one host, one lane
    with LOCK:
        RUNNING["now"] += 1
        RUNNING["peak"] = max(RUNNING["peak"], RUNNING["now"])
        if lane in RUNNING["lanes"]:
            RUNNING["overlap"].append(name)
        RUNNING["lanes"].add(lane)
    time.sleep(0.3)
    with LOCK:
        RUNNING["now"] -= 1
        RUNNING["lanes"].discard(lane)
    return {"source": source, "boards": boards, "name": name}


def test_crawls_run_at_most_parallel_at_once_and_a_lane_in_order(monkeypatch):
    monkeypatch.setattr(crawl_stage, "crawl_source", fake_crawl)
    shards = [CrawlShard("greenhouse", [f"g{i}"], "greenhouse") for i in range(3)]
    shards += [CrawlShard("workday", [f"w{i}/x"], f"workday-w{i}/x") for i in range(4)]

    @flow
    def run() -> list[dict[str, Any]]:
        target = (BaseUrls(), "sources.yaml")
        return crawl_stage.crawl_all(shards, dt.date(2026, 11, 9), target, "home", parallel=2)

    results = run()
    assert [r["boards"] for r in results] == [s.boards for s in shards]  # plan order
    assert RUNNING["peak"] == 2
    assert RUNNING["overlap"] == []  # greenhouse's shards never ran side by side
