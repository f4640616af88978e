"""Headless Chromium over the DevTools protocol: load a page, record its requests and console
errors, read the DOM, take a screenshot. Used by the browser test and the README screenshot."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

# Every visible text that does not fit its box: an HTML text wider than its block (or past the
# screen's edge outside a scrolling box), an SVG text outside its drawing (clipped).
OVERFLOWING_TEXT = """(() => {
  const bad = [], width = document.documentElement.clientWidth;
  const shown = el => el.checkVisibility({visibilityProperty: true});
  const block = el => {
    while (getComputedStyle(el).display.startsWith("inline") && el.parentElement)
      el = el.parentElement;
    return el;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || el.closest("svg") || !shown(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect(), box = block(el).getBoundingClientRect();
    const text = node.textContent.trim().slice(0, 60);
    if (r.left < box.left - 1 || r.right > box.right + 1) bad.push(["box", text]);
    if (!el.closest(".scroll") && (r.left < -1 || r.right > width + 1)) bad.push(["screen", text]);
  }
  for (const t of document.querySelectorAll("svg text")) {
    if (!shown(t)) continue;
    const r = t.getBoundingClientRect(), s = t.ownerSVGElement.getBoundingClientRect();
    if (r.left < s.left - 1 || r.right > s.right + 1
        || r.top < s.top - 1 || r.bottom > s.bottom + 1)
      bad.push(["svg", t.textContent.slice(0, 60)]);
  }
  return bad;
})()"""
# The rendered size (CSS px) of every visible SVG text: a chart scaled down to a phone shrinks it.
SVG_TEXT_SIZES = """[...document.querySelectorAll("svg text")]
  .filter(t => t.checkVisibility({visibilityProperty: true}))
  .map(t => [t.textContent.slice(0, 40),
             parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a])"""

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
]


def chromium_path() -> str | None:
    return (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


class Browser:
    """One headless Chromium with a fresh profile and one page (a flattened CDP session)."""

    def __init__(self, executable: str | None = None, timeout: float = 30.0) -> None:
        from websockets.sync.client import connect

        exe = executable or chromium_path()
        if not exe:
            raise RuntimeError("chromium not found: run tests/reports/ensure_chromium.sh")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="jobwatch-chromium-")
        self.proc = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.ws = connect(self._endpoint(), max_size=None, open_timeout=timeout)
        self._id, self.session = 0, None
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        attach = {"targetId": target, "flatten": True}
        self.session = self.call("Target.attachToTarget", attach)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")

    def _endpoint(self) -> str:
        deadline = time.monotonic() + self.timeout
        assert self.proc.stderr is not None
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            found = re.search(r"DevTools listening on (ws://\S+)", line)
            if found:
                # keep draining stderr so a chatty browser never blocks on a full pipe
                threading.Thread(target=self.proc.stderr.read, daemon=True).start()
                return found.group(1)
            if not line and self.proc.poll() is not None:
                break
        raise RuntimeError("chromium did not start its DevTools endpoint")

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if self.session:
            message["sessionId"] = self.session
        self.ws.send(json.dumps(message))
        while True:
            reply: dict[str, Any] = json.loads(self.ws.recv(timeout=self.timeout))
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def wait_for(self, method: str) -> dict[str, Any]:
        while True:
            event: dict[str, Any] = json.loads(self.ws.recv(timeout=self.timeout))
            self.events.append(event)
            if event.get("method") == method:
                return event

    def open(self, url: str, width: int = 1200, height: int = 900, mobile: bool = False) -> None:
        metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}
        self.call("Emulation.setDeviceMetricsOverride", metrics)
        self.events.clear()
        self.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def overflowing_text(self) -> list[list[str]]:
        """[kind, text] of every visible text that overflows its box (see OVERFLOWING_TEXT)."""
        found: list[list[str]] = self.evaluate(OVERFLOWING_TEXT)
        return found

    def svg_text_sizes(self) -> list[tuple[str, float]]:
        """(text, rendered font size in CSS px) of every visible SVG text."""
        return [(t, float(px)) for t, px in self.evaluate(SVG_TEXT_SIZES)]

    def tap(self, selector: str) -> None:
        """A touch tap at the centre of the first element matching `selector`, scrolled into
        view (touch events, no mouse: the page needs touch emulation on)."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        point = {"x": box[0], "y": box[1]}
        self.call("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [point]})
        self.call("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    def requested_urls(self) -> list[str]:
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]

    def console_errors(self) -> list[str]:
        errors = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                errors.append(json.dumps(params.get("exceptionDetails", {}))[:300])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(json.dumps(params.get("args", []))[:300])
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                errors.append(params["entry"].get("text", ""))
        return errors

    def screenshot(self, path: Path, full_page: bool = True) -> Path:
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            size = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {
                "x": 0,
                "y": 0,
                "width": size["width"],
                "height": size["height"],
                "scale": 1,
            }
        data = self.call("Page.captureScreenshot", params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
