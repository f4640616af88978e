"""One refresh per $JOBWATCH_HOME at a time: an advisory lock the kernel drops when its holder dies.

The lock is `flock` on `$JOBWATCH_HOME/.refresh.lock`: a run killed even by SIGKILL releases it
with its process, so a stale file never blocks the next run. Readers never take it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
from typing import TYPE_CHECKING

from jobwatch.core.errors import UserError
from jobwatch.core.layout import Paths

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


class RefreshRunning(UserError):
    """Another refresh holds the home's lock."""


@contextlib.contextmanager
def refresh_lock(home: Path) -> Iterator[None]:
    """Hold the home's refresh lock for the block; RefreshRunning when another run holds it."""
    home.mkdir(parents=True, exist_ok=True)
    path = Paths(home).refresh_lock
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
            raise RefreshRunning(
                f"another refresh is running in {home} ({holder}); wait for it to finish"
            ) from None
        os.ftruncate(fd, 0)
        started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ")
        os.pwrite(fd, f"pid {os.getpid()}, started {started}".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
