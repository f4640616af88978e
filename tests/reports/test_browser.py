"""Headless Chromium opens the generated pages from a loopback server: the figures it shows equal
`jobwatch compare --json` / `stats --json`, with no console errors and no external requests; at a
desktop (1280 px) and a phone (390 px) width no text overflows its box, chart text stays readable,
both roles of the side-by-side table show, and every detail opens with a tap."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from jobwatch.reports.figures import fmt
from tests.conftest import jobwatch_cli
from tools.browser import Browser, chromium_path
from tools.screenshot import serve

if TYPE_CHECKING:
    from jobwatch.reports.site import SiteResult

ENSURE = Path(__file__).with_name("ensure_chromium.sh")
READ_FIGURES = """JSON.stringify([...document.querySelectorAll('[data-figure]')].map(e => ({
  key: e.dataset.figure, role: e.dataset.role, value: e.dataset.value, text: e.innerText})))"""
WIDTHS = [(1280, 900, False), (390, 844, True)]  # desktop, and a phone in mobile emulation
MIN_TEXT_PX = 10  # smallest rendered chart text counted as readable
PAIRS = [
    ("AI/ML Engineer", "AI Software Engineer", "ai-ml-engineer-vs-ai-software-engineer.html"),
    ("MLOps Engineer", "AI Software Engineer", "mlops-engineer-vs-ai-software-engineer.html"),
]


@pytest.fixture(scope="module")
def browser() -> Any:
    if chromium_path() is None:  # the test setup installs Debian's chromium when it is absent
        subprocess.run(["bash", str(ENSURE)], check=True, timeout=600)
    with Browser() as b:
        yield b


def wait_until(browser: Browser, expression: str, seconds: float = 5.0) -> bool:
    """Whether `expression` turns true within `seconds` (input events are handled async)."""
    deadline = time.monotonic() + seconds
    while not browser.evaluate(expression):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def shown(browser: Browser) -> list[dict[str, str]]:
    return json.loads(browser.evaluate(READ_FIGURES))


def check_clean(browser: Browser, base: str) -> None:
    assert browser.console_errors() == []
    urls = browser.requested_urls()
    assert urls
    assert all(u.startswith((base, "data:")) for u in urls), urls


def check_figure(item: dict[str, str], truth: Any) -> None:
    value = json.loads(item["value"]) if item["value"] else None
    assert value == truth, item
    if isinstance(truth, list):  # ranked lists and skill chips: every name is on the page
        for entry in truth:
            assert str(entry[0] if isinstance(entry, list) else entry) in item["text"], item
    elif item["key"] != "overlap_pct":
        assert item["text"] == fmt(item["key"], truth), item


@pytest.mark.parametrize(("role_a", "role_b", "page"), PAIRS)
def test_pair_page_shows_the_compare_figures(
    browser: Browser, built: SiteResult, site_home: Path, tmp_path: Path, role_a, role_b, page
) -> None:
    truth = json.loads(jobwatch_cli(site_home, "compare", role_a, role_b, "--json").stdout)
    with serve(built.out) as base:
        browser.open(base + page)
        items = shown(browser)
        check_clean(browser, base)
        browser.screenshot(tmp_path / "pair-page.png")
    for item in items:
        expected = truth["roles"][item["role"]][item["key"]] if item["role"] else truth[item["key"]]
        check_figure(item, expected)
    assert len(items) >= 40  # every table cell, list and chip of both roles
    assert {i["role"] for i in items} == {role_a, role_b, ""}
    png = (tmp_path / "pair-page.png").read_bytes()
    assert png.startswith(b"\x89PNG")
    assert len(png) > 20_000


def test_index_shows_the_stats_figures(browser: Browser, built: SiteResult, site_home: Path):
    roles = json.loads(jobwatch_cli(site_home, "stats", "--json").stdout)["roles"]
    truth = {r["role"]: r for r in roles}
    with serve(built.out) as base:
        browser.open(base + "index.html")
        items = shown(browser)
        check_clean(browser, base)
        links = browser.evaluate("[...document.querySelectorAll('#pairs a')].length")
        role_links = browser.evaluate("[...document.querySelectorAll('#roles th a')].length")
    assert {i["role"] for i in items} == set(truth)
    for item in items:
        check_figure(item, truth[item["role"]][item["key"]])
    assert links == len(built.pairs)
    assert role_links == len(truth)  # every role name opens the role's page


@pytest.mark.parametrize(("width", "height", "mobile"), WIDTHS, ids=["1280px", "390px"])
def test_every_page_fits_its_screen(
    browser: Browser, built: SiteResult, tmp_path: Path, width: int, height: int, mobile: bool
) -> None:
    overflow, small = {}, {}
    with serve(built.out) as base:
        for page in built.pages:
            browser.open(base + page.name, width=width, height=height, mobile=mobile)
            if found := browser.overflowing_text():
                overflow[page.name] = found
            if tiny := [t for t in browser.svg_text_sizes() if t[1] < MIN_TEXT_PX]:
                small[page.name] = tiny
            sizes = browser.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert sizes[0] <= sizes[1], (page.name, sizes)  # wide tables scroll in their box
        browser.open(base + PAIRS[0][2], width=width, height=height, mobile=mobile)
        browser.screenshot(tmp_path / f"pair-page-{width}.png")
    assert overflow == {}
    assert small == {}
    assert (tmp_path / f"pair-page-{width}.png").stat().st_size > 20_000


BROKEN = """<!doctype html><meta name="viewport" content="width=device-width">
<svg viewBox="0 0 200 40" style="width: 200px"><text x="60" y="20" text-anchor="end"
 font-size="12">Infrastructure as Code</text></svg>
<div style="width: 100px"><span style="white-space: nowrap">a label far too long for its box</span>
</div>
<svg viewBox="0 0 1600 40" style="width: 100%"><text x="10" y="20" font-size="12">tiny</text></svg>
"""


def test_the_checks_find_clipped_overflowing_and_tiny_text(browser: Browser, tmp_path: Path):
    (tmp_path / "broken.html").write_text(BROKEN)
    with serve(tmp_path) as base:
        browser.open(base + "broken.html", width=390, height=844, mobile=True)
        overflow = browser.overflowing_text()
        sizes = dict(browser.svg_text_sizes())
    assert ["svg", "Infrastructure as Code"] in overflow  # cut at the chart's left edge
    assert ["box", "a label far too long for its box"] in overflow
    assert sizes["tiny"] < MIN_TEXT_PX < sizes["Infrastructure as Code"]


def test_both_roles_show_side_by_side_on_a_phone(browser: Browser, built: SiteResult) -> None:
    """The side-by-side and salary tables fit a 390 px screen: no sideways scroll hides a role."""
    fits = """[...document.querySelectorAll("table.sbs")].map(t => {
      const box = t.closest(".scroll"), cells = [...t.querySelectorAll("thead th")];
      return [box.scrollWidth <= box.clientWidth,
              cells.every(c => c.getBoundingClientRect().right <= window.innerWidth)];
    })"""
    with serve(built.out) as base:
        for _, _, page in PAIRS:
            browser.open(base + page, width=390, height=844, mobile=True)
            tables = browser.evaluate(fits)
            assert len(tables) == 2, page
            assert all(all(t) for t in tables), (page, tables)


def test_figure_details_open_with_a_tap(browser: Browser, built: SiteResult) -> None:
    shows = "document.querySelector('details.more small').checkVisibility()"
    with serve(built.out) as base:
        browser.call("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 1})
        try:
            browser.open(base + PAIRS[0][2], width=390, height=844, mobile=True)
            assert browser.evaluate(shows) is False
            assert browser.evaluate("document.querySelectorAll('[title]:not(svg *)').length") == 0
            browser.tap("details.more summary")
            assert wait_until(browser, "document.querySelector('details.more').open")
            assert browser.evaluate(shows) is True
        finally:
            browser.call("Emulation.setTouchEmulationEnabled", {"enabled": False})
