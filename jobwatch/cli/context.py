"""The CLI context every command receives: data paths, --debug, and this run's log file."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from jobwatch.cli.logs import setup_logging
from jobwatch.core.config import paths

if TYPE_CHECKING:
    from pathlib import Path


class Context:
    """What every command needs: the data home, --debug, and the log file of this run."""

    def __init__(self, home: Path | None, debug: bool) -> None:
        self.paths = paths(home.resolve() if home else None)
        # Subprocesses (crawls) and Prefect's defaults read the home from the environment.
        os.environ["JOBWATCH_HOME"] = str(self.paths.home)
        self.debug = debug
        self.log_file: Path | None = None

    def start(self, command: str) -> None:
        self.log_file = setup_logging(self.paths.logs, command, debug=self.debug)


pass_ctx = click.make_pass_decorator(Context)
