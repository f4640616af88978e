"""`jobwatch crawl SOURCE --board TOKEN --base-url URL` as a user runs it, and where it writes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tests.conftest import jobwatch_cli
from tests.crawlers.conftest import WEEK

if TYPE_CHECKING:
    from pathlib import Path

# Loopback needs no politeness delays; retries back off briefly.
FAST_ARGS = ["--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_START_DELAY=0"]
FAST_ARGS += ["--set", "RETRY_BACKOFF_BASE=0.05"]


def crawl_cli(
    home: Path, source: str, board: str, base_url: str, *extra: str, check: bool = True
) -> Any:
    """One board of `source` crawled from a mirror into the raw lake under `home`."""
    args = ["crawl", source, "--board", board, "--base-url", base_url, "--week", WEEK.isoformat()]
    return jobwatch_cli(home, *args, *FAST_ARGS, *extra, check=check)


def crawl_dir(home: Path, source: str) -> Path:
    """The crawl's directory in the raw lake: `<board>.jsonl`, `_runs.jsonl`, `_quarantine.jsonl`
    (the one crawl of the source a test made)."""
    return next((home / "raw" / f"source={source}").glob(f"week={WEEK.isoformat()}/crawl=*"))
