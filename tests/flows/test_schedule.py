"""`jobwatch schedule`: a real local Prefect server, real upcoming runs, a clean stop."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import signal
import time
import urllib.request
from typing import TYPE_CHECKING, Any

from jobwatch.flows.server import healthy
from tests.flows.cli_process import CliProcess

if TYPE_CHECKING:
    from pathlib import Path


def api(url: str, path: str, body: dict[str, Any]) -> Any:
    request = urllib.request.Request(
        f"{url}{path}", json.dumps(body).encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def scheduled_runs(url: str, deployment: str, at_least: int, timeout: float = 90) -> list[dict]:
    """Poll the server until the scheduler has created `at_least` runs of the deployment."""
    deadline = time.monotonic() + timeout
    runs: list[dict] = []
    while time.monotonic() < deadline:
        found = api(url, "/deployments/filter", {"deployments": {"name": {"any_": [deployment]}}})
        if found:
            state = {"type": {"any_": ["SCHEDULED"]}}
            body = {"flow_runs": {"deployment_id": {"any_": [found[0]["id"]]}, "state": state}}
            runs = api(url, "/flow_runs/filter", body)
            if len(runs) >= at_least:
                return runs
        time.sleep(1)
    raise AssertionError(f"only {len(runs)} scheduled runs after {timeout}s")


def test_schedule_creates_upcoming_monday_runs_and_stops_on_sigterm(tmp_path: Path) -> None:
    home = tmp_path / "home"
    # The scheduler service looks for deployments to schedule every 60 s by default.
    fast = {"PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2"}
    mine = tmp_path / "mine.yaml"
    mine.write_text("- {company: Acme, platform: lever, board: acme, ai: true}\n")
    options = ("--sources-file", str(mine), "--ai-only", "--base-url", "lever=http://127.0.0.1:9")
    cli = CliProcess(home, "schedule", "--sample", *options, **fast)
    try:
        url = cli.wait_for(r"Prefect API at (\S+),").group(1)
        cli.wait_for(r"serving weekly-refresh/weekly on cron '0 6 \* \* 1' \(UTC\)")
        runs = scheduled_runs(url, "weekly", at_least=3)
        starts = sorted(dt.datetime.fromisoformat(r["expected_start_time"]) for r in runs)
        assert all(s.weekday() == 0 and (s.hour, s.minute) == (6, 0) for s in starts), starts
        assert all(s.utcoffset() == dt.timedelta(0) for s in starts)
        assert starts[0] > dt.datetime.now(dt.UTC)
        gaps = {b - a for a, b in itertools.pairwise(starts)}
        assert gaps == {dt.timedelta(days=7)}
        assert runs[0]["parameters"] == {
            "home": str(home),
            "sample": True,
            "min_salary_n": 10,
            "sources_file": str(mine.resolve()),  # each run reads the file anew
            "ai_only": True,
            "base_urls": {"lever": "http://127.0.0.1:9"},
        }
        assert (home / "prefect").is_dir()  # the server's SQLite lives under $JOBWATCH_HOME
        cli.signal(signal.SIGTERM)
        assert cli.proc.wait(timeout=60) == 0
        assert not healthy(url)  # the local server went down with it
    finally:
        cli.kill()


def test_schedule_rejects_a_bad_cron_before_starting_anything(tmp_path: Path) -> None:
    cli = CliProcess(tmp_path / "home", "schedule", "--cron", "61 * * * *")
    cli.wait_for(r"^error: bad schedule '61 \* \* \* \*'")
    assert cli.proc.wait(timeout=60) == 2
    assert not (tmp_path / "home" / "logs" / "prefect-server.log").exists()
