"""Test helper: a downloader middleware that kills its own crawl process (SIGKILL) mid-crawl."""

from __future__ import annotations

import os
import signal


class DieMiddleware:
    def process_request(self, request: object) -> None:
        os.kill(os.getpid(), signal.SIGKILL)
