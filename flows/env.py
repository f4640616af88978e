"""Prefect environment defaults for running offline on the ephemeral local API."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from jobwatch.core.config import home_dir, paths

if TYPE_CHECKING:
    from pathlib import Path

DEFAULTS = {
    # Without network Prefect's telemetry logs an error at every start.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # The ephemeral API takes 8-17 s to start here; Prefect's default timeout is 20 s.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # jobwatch prints its own progress, summary and one line per failure; Prefect's run logs and
    # tracebacks go to the log file only.
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_FLOW_RUNS_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_TASK_RUNS_LEVEL": "CRITICAL",
}


_home_set_by_us = False


def configure_prefect_env(home: Path | None = None) -> None:
    """Set offline-friendly defaults; a user's own Prefect configuration always wins.

    Called again with the command's home (`--home`) before Prefect is imported, since this
    package may be imported while the CLI is still parsing its options.
    """
    global _home_set_by_us
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
    # Keep Prefect's local state beside jobwatch's data unless the user runs their own Prefect.
    ours = _home_set_by_us or "PREFECT_HOME" not in os.environ
    if ours and "PREFECT_API_URL" not in os.environ:
        prefect_home = paths(home or home_dir()).prefect
        os.environ["PREFECT_HOME"] = str(prefect_home)
        _home_set_by_us = True
        if home is not None:  # the command's home: Prefect's SQLite needs the directory
            prefect_home.mkdir(parents=True, exist_ok=True)
