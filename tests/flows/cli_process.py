"""Run `jobwatch` as a child process and follow its progress lines on stderr."""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    """The user's view: no Prefect settings of the test session, data under `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env.pop("PREFECT_HOME", None)
    return env | {"JOBWATCH_HOME": str(home), "COLUMNS": "200"} | extra


class CliProcess:
    """`jobwatch ARGS...` in its own process group; stderr lines are queued as they come."""

    def __init__(self, home: Path, *args: str, **env: str) -> None:
        exe = shutil.which("jobwatch", path=str(Path(sys.executable).parent)) or "jobwatch"
        self.proc = subprocess.Popen(
            [exe, *args],
            env=cli_env(home, **env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, pattern: str, timeout: float = 240) -> re.Match[str]:
        """The first stderr line matching `pattern`; fails with the output so far if none."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                break
            self.lines.append(line)
            if match := re.search(pattern, line):
                return match
        self.kill()
        raise AssertionError(f"no line matching {pattern!r}; stderr:\n" + "\n".join(self.lines))

    def signal(self, sig: int) -> None:
        os.killpg(self.proc.pid, sig)

    def kill(self) -> None:
        """SIGKILL the whole group: the CLI, its crawl subprocesses, Prefect's server."""
        if self.proc.poll() is None:
            self.signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
