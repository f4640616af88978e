"""Crawl logging: INFO and up to the crawl's log file, only WARNING and up to the console."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings


class OneLineFormatter(logging.Formatter):
    """Console lines without tracebacks: the user gets the message, the log file keeps the trace."""

    def format(self, record: logging.LogRecord) -> str:
        record = logging.makeLogRecord(record.__dict__)
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return super().format(record)


# Loggers whose records the console leaves to the log file: a robots.txt that cannot be fetched
# fails the same way as the board's own request, which the spider reports in one line.
# Scrapy's own warnings about a body over DOWNLOAD_MAXSIZE are the board's failure reason too.
# Prefect's run loggers: a failed task reaches the console as the run's one error line.
FILE_ONLY = (
    "prefect",
    "scrapy.downloadermiddlewares.robotstxt",
    "scrapy.core.downloader.handlers.http11",
    "scrapy.downloadermiddlewares.httpcompression",
)


def console_only_once(record: logging.LogRecord) -> bool:
    """Console filter: drop FILE_ONLY records (they stay in the log file)."""
    return not record.name.startswith(FILE_ONLY)


def console_handler(level: int | str) -> logging.Handler:
    """A stderr handler of one-line records, replaced (not doubled) by every later setup."""
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(level)
    console.setFormatter(OneLineFormatter("%(levelname)s %(name)s: %(message)s"))
    console.addFilter(console_only_once)
    console._jobwatch = True  # type: ignore[attr-defined]
    return console


class LogFile(logging.FileHandler):
    """A log file that, when it cannot be written (a full disk), says so once on stderr and
    stops, instead of printing a traceback for every record (logging's default)."""

    def handleError(self, record: logging.LogRecord) -> None:
        if self.level > logging.CRITICAL:
            return
        self.setLevel(logging.CRITICAL + 1)
        error = sys.exc_info()[1]
        sys.stderr.write(f"warning: cannot write the log file {self.baseFilename}: {error}\n")


def setup_logging(settings: BaseSettings) -> None:
    """Install the two root handlers (idempotent: earlier jobwatch handlers are replaced)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_jobwatch", False)]:
        root.removeHandler(handler)
    fmt, datefmt = settings.get("LOG_FORMAT"), settings.get("LOG_DATEFORMAT")
    console = console_handler(settings.get("JOBWATCH_CONSOLE_LOG_LEVEL", "WARNING"))
    console.setFormatter(OneLineFormatter(fmt, datefmt))
    handlers: list[logging.Handler] = [console]
    log_file = settings.get("JOBWATCH_LOG_FILE")
    if log_file:
        Path(log_file).parent.mkdir(parents=True, exist_ok=True)
        file_handler = LogFile(log_file, encoding="utf-8")
        file_handler.setLevel(logging.getLevelName(settings.get("LOG_LEVEL", "INFO")))
        file_handler.setFormatter(logging.Formatter(fmt, datefmt))
        handlers.append(file_handler)
    for handler in handlers:
        handler._jobwatch = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(min(h.level for h in handlers))
