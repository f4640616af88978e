"""Serve a built site on loopback and screenshot a page: `python -m tools.screenshot`."""

from __future__ import annotations

import argparse
import contextlib
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

from tools.browser import Browser

if TYPE_CHECKING:
    from collections.abc import Iterator

DEFAULT_PAGE = "ai-ml-engineer-vs-ai-software-engineer.html"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(root: Path) -> Iterator[str]:
    """A static file server for `root` on 127.0.0.1:<free port>; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def screenshot(site: Path, page: str, out: Path, width: int = 1100, height: int = 1500) -> Path:
    """A viewport-sized PNG of `page` (the top of the page: what a README reader should see)."""
    with serve(site) as base, Browser() as browser:
        browser.open(base + page, width=width, height=height)
        return browser.screenshot(out, full_page=False)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Screenshot a page of a built jobwatch site (for the README).",
        epilog="Example: jobwatch report && python -m tools.screenshot --site data/site "
        "--out docs/img/pair-page.png",
    )
    parser.add_argument("--site", type=Path, default=Path("data/site"))
    parser.add_argument("--page", default=DEFAULT_PAGE)
    parser.add_argument("--out", type=Path, default=Path("docs/img/pair-page.png"))
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=1500)
    args = parser.parse_args(argv)
    path = screenshot(args.site, args.page, args.out, args.width, args.height)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
