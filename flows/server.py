"""A local Prefect server for `jobwatch schedule`: the ephemeral API cannot run schedules."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

from jobwatch.core.errors import UserError

if TYPE_CHECKING:
    from types import TracebackType

STARTUP_TIMEOUT_S = 120.0  # healthy after ~16 s on this machine; slower under load
STOP_TIMEOUT_S = 20.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def healthy(api_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


class LocalPrefectServer:
    """`prefect server start` on a free loopback port, SQLite under `prefect_home`.

    A context manager: waits until the API answers /health; stops the server (its whole process
    group) on exit, whatever the reason: Ctrl-C, SIGTERM, an error.
    """

    def __init__(self, prefect_home: Path, log_file: Path, port: int | None = None) -> None:
        self.prefect_home = Path(prefect_home)
        self.log_file = Path(log_file)
        self.port = port or free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self.process: subprocess.Popen[bytes] | None = None

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.pop("PREFECT_API_URL", None)
        env["PREFECT_HOME"] = str(self.prefect_home)
        env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        env.setdefault("DO_NOT_TRACK", "1")
        return env

    def start(self) -> str:
        self.prefect_home.mkdir(parents=True, exist_ok=True)
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        prefect = Path(sys.executable).with_name("prefect")
        argv = [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(self.port)]
        with self.log_file.open("ab") as log:
            # A new session: stop() signals the server and any worker it started, together.
            self.process = subprocess.Popen(
                argv, env=self._env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        self._wait_healthy()
        return self.api_url

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                self.stop()
                raise UserError(f"the local Prefect server exited at start; see {self.log_file}")
            if healthy(self.api_url):
                return
            time.sleep(0.5)
        self.stop()
        raise UserError(f"the local Prefect server did not answer in time; see {self.log_file}")

    def stop(self) -> None:
        """SIGTERM to the server's process group, SIGKILL if it is still there after a while."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def __enter__(self) -> LocalPrefectServer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
