"""Test-wide setup: a private Prefect home, offline Prefect settings, a temporary JOBWATCH_HOME."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

# Prefect reads its settings at import: set them before any test module imports it.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="jobwatch-prefect-"))
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.pop("PREFECT_API_URL", None)


@pytest.fixture
def jobwatch_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty $JOBWATCH_HOME for one test."""
    home = tmp_path / "jobwatch-home"
    home.mkdir()
    monkeypatch.setenv("JOBWATCH_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One real ephemeral Prefect API (SQLite in a temp dir) shared by every flow test."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


SAMPLE_WEEKS = ("2026-11-09", "2026-11-16")
# The second sample week is crawled as a user's own mirror would be: Scrapy settings for every
# crawl of the run (tests/cli/test_cli.py reads them back from the crawl logs).
UNTHROTTLED = ["--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False"]
SEED_PAIRS = (
    ("AI/ML Engineer", "AI Software Engineer"),
    ("MLOps Engineer", "AI Software Engineer"),
)


def jobwatch_cli(
    home: Path, *args: str, check: bool = True, unset: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """Run the installed `jobwatch` console script, as a user would (without the `unset` variables
    of this test session's environment)."""
    import shutil
    import sys

    exe = shutil.which("jobwatch", path=str(Path(sys.executable).parent)) or "jobwatch"
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env |= {"JOBWATCH_HOME": str(home), "COLUMNS": "200"}
    proc = subprocess.run([exe, *args], capture_output=True, text=True, env=env, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"jobwatch {' '.join(args)} exited {proc.returncode}:\n{proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def sample_home(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Both sample weeks refreshed through the real CLI (real Scrapy, Prefect, DuckDB), once."""
    import json

    home = tmp_path_factory.mktemp("sample-home")
    summaries = {}
    for week, extra in zip(SAMPLE_WEEKS, ([], UNTHROTTLED), strict=True):
        # Prefect's state where a user's is: $JOBWATCH_HOME/prefect (the README reads it back).
        args = ("refresh", "--sample", "--week", week, "--json", *extra)
        proc = jobwatch_cli(home, *args, unset=("PREFECT_HOME",))
        summaries[week] = json.loads(proc.stdout)
    return {"home": home, "summaries": summaries}
