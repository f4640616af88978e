"""Ctrl-C during a refresh: stop at once, publish nothing more, say so in one line.

Every stage publishes by a rename or a swap and survives SIGKILL (tests/flows/test_crash.py), so
the safe answer to an interrupt is to end like SIGKILL would: the child processes (crawls,
Prefect's temporary API, Dask workers) are killed, the process exits 130, and the next refresh
picks up whatever was not finished. Going on instead would publish a warehouse built from a crawl
cut short, and retry a Prefect API that the same Ctrl-C has already stopped.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from typing import TYPE_CHECKING

import psutil

if TYPE_CHECKING:
    from collections.abc import Iterator
    from types import FrameType

ABORTED = "aborted: refresh interrupted; nothing more was published (the next refresh resumes)\n"


def kill_children() -> None:
    """SIGKILL every descendant of this process (they are killed before they can publish)."""
    with contextlib.suppress(psutil.Error):
        children = psutil.Process().children(recursive=True)
        for child in children:
            with contextlib.suppress(psutil.Error):
                child.kill()


def _abort(signum: int, frame: FrameType | None) -> None:
    kill_children()
    logging.getLogger("jobwatch").info("refresh aborted by signal %s", signum)  # the log file
    for handler in logging.getLogger().handlers:
        with contextlib.suppress(Exception):
            handler.flush()
    sys.stderr.write(ABORTED)
    sys.stderr.flush()
    os._exit(128 + signum)


@contextlib.contextmanager
def abort_on_interrupt() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM abort the refresh at once (see the module doc)."""
    previous = {sig: signal.signal(sig, _abort) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
