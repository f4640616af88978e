"""Logging: everything to a per-command file under $JOBWATCH_HOME/logs, warnings to the console."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

from jobwatch.crawlers.logs import LogFile, console_handler

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(logs_dir: Path, command: str, *, debug: bool = False) -> Path:
    """Log INFO (DEBUG with --debug) to a new file and warnings to the console; return the file."""
    logs_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    log_file = logs_dir / f"{command}-{stamp}.log"
    file_handler = LogFile(log_file, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler.setLevel(logging.DEBUG if debug else logging.INFO)
    # One line per record (traces stay in the file); a crawl in this process replaces it.
    console = console_handler(logging.DEBUG if debug else logging.WARNING)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    root.addHandler(file_handler)
    root.addHandler(console)
    # Prefect's loggers do not propagate to the root: give them the same file.
    logging.getLogger("prefect").addHandler(file_handler)
    return log_file
