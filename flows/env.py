"""Prefect environment defaults for running offline on the ephemeral local API."""

from __future__ import annotations

import os

from jobwatch.config import home_dir

DEFAULTS = {
    # Without network Prefect's telemetry logs an error at every start.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # The ephemeral API takes 8-17 s to start here; Prefect's default timeout is 20 s.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # jobwatch prints its own progress and summary; Prefect's run logs go to the log file.
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_FLOW_RUNS_LEVEL": "WARNING",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_TASK_RUNS_LEVEL": "WARNING",
}


def configure_prefect_env() -> None:
    """Set offline-friendly defaults; a user's own Prefect configuration always wins."""
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
    # Keep Prefect's local state beside jobwatch's data unless the user runs their own Prefect.
    if "PREFECT_HOME" not in os.environ and "PREFECT_API_URL" not in os.environ:
        os.environ["PREFECT_HOME"] = str(home_dir() / "prefect")
