"""Headless Chromium opens the generated pages from a loopback server: the figures it shows equal
`jobwatch compare --json` / `stats --json`, with no console errors and no external requests."""

from __future__ import annotations

import json
import subprocess
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
    assert {i["role"] for i in items} == set(truth)
    for item in items:
        check_figure(item, truth[item["role"]][item["key"]])
    assert links == len(built.pairs)


def test_pages_fit_a_phone_screen(browser: Browser, built: SiteResult, tmp_path: Path) -> None:
    with serve(built.out) as base:
        for page in ("index.html", PAIRS[0][2]):
            browser.open(base + page, width=390, height=844, mobile=True)
            widths = browser.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert widths[0] <= widths[1], (page, widths)  # wide tables scroll inside their box
        browser.screenshot(tmp_path / "pair-page-phone.png")
    assert (tmp_path / "pair-page-phone.png").stat().st_size > 20_000
