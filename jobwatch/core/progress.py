"""Progress for long steps: a bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import logging
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:
    from collections.abc import Iterator

log = logging.getLogger("jobwatch")


class Advance(Protocol):
    def __call__(self, done: int, total: int, label: str = "") -> None: ...


@contextmanager
def progress(step: str) -> Iterator[Advance]:
    """Yield a callback `advance(done, total, label)` that reports the step's progress."""
    if sys.stderr.isatty():
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=True,
        ) as bar:
            task = bar.add_task(step, total=None)

            def advance(done: int, total: int, label: str = "") -> None:
                desc = f"{step} {label}".strip()
                bar.update(task, completed=done, total=total, description=desc)

            yield advance
        return

    def log_line(done: int, total: int, label: str = "") -> None:
        emit(f"{step}: {done}/{total} {label}".rstrip())

    yield log_line


def emit(message: str) -> None:
    """One line of progress for a long step (stderr, so --json output on stdout stays clean)."""
    log.info(message)
    print(message, file=sys.stderr, flush=True)
