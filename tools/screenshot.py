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


# (file name, width, height, phone): what a README reader should see at a desktop and a phone width
SHOTS = [("pair-page.png", 1280, 1400, False), ("pair-page-phone.png", 390, 1100, True)]


def screenshot(site: Path, page: str, out: Path, width: int, height: int, mobile: bool) -> Path:
    """A viewport-sized PNG of the top of `page` (mobile: a phone's viewport and scaling)."""
    with serve(site) as base, Browser() as browser:
        browser.open(base + page, width=width, height=height, mobile=mobile)
        return browser.screenshot(out, full_page=False)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Screenshot a page of a built jobwatch site at a desktop and a phone width "
        "(for the README): OUT/pair-page.png (1280 px) and OUT/pair-page-phone.png (390 px).",
        epilog="Example: make demo && .venv/bin/python -m tools.screenshot --site data/site "
        "--out docs/img",
    )
    parser.add_argument("--site", type=Path, default=Path("data/site"))
    parser.add_argument("--page", default=DEFAULT_PAGE)
    parser.add_argument("--out", type=Path, default=Path("docs/img"), help="a directory")
    args = parser.parse_args(argv)
    for name, width, height, mobile in SHOTS:
        path = screenshot(args.site, args.page, args.out / name, width, height, mobile)
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
