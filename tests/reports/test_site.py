"""build_site over a hand-made warehouse: pages, pairs, escaping, no external URLs, atomicity."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import pytest

from jobwatch.core.errors import UserError
from jobwatch.reports import site as site_module
from jobwatch.reports.pages import role_file
from jobwatch.reports.site import SiteResult, build_site
from jobwatch.reports.verdict import compare
from jobwatch.warehouse.connect import connect_readonly
from tests.conftest import jobwatch_cli
from tests.reports.sitelake import AMP_CO, HOSTILE
from tests.warehouse.lakefix import W1

if TYPE_CHECKING:
    from pathlib import Path

SEED = "ai-ml-engineer-vs-ai-software-engineer.html"


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(path: Path) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.tags


def test_default_pairs_give_every_role_a_comparison(built: SiteResult) -> None:
    assert built.pairs[:2] == [
        ("AI/ML Engineer", "AI Software Engineer"),
        ("MLOps Engineer", "AI Software Engineer"),
    ]
    assert len(built.pairs) == 16  # C(6,2), both seed pairs among them, and one for the 7th role
    # the 7th largest role is compared with the role sharing most of its top skills (Excel),
    # not with the largest role
    assert built.pairs[-1] == ("Prompt Engineer", "Data Analyst")
    assert {role for pair in built.pairs for role in pair} == set(built.roles)


def test_every_role_has_a_page_linked_from_the_index(built: SiteResult) -> None:
    assert len(built.roles) == 7
    assert len(built.pages) == 1 + 16 + 7  # index, pairs, roles
    assert all(p.is_file() for p in built.pages)
    links = [a.get("href") for tag, a in tags(built.index) if tag == "a"]
    for role in built.roles:
        assert role_file(role) in links, role
    for page in built.pages[1:17]:
        assert page.name in links, page.name


def test_a_role_page_lists_its_comparisons(built: SiteResult) -> None:
    page = built.out / role_file("Prompt Engineer")
    links = [a.get("href") for tag, a in tags(page) if tag == "a"]
    assert "prompt-engineer-vs-data-analyst.html" in links
    assert "index.html" in links
    text = page.read_text(encoding="utf-8")
    assert 'id="career"' in text
    # one open posting: no title reaches the minimum, and the page says so
    assert "is carried by at least 2 of the 1 open Prompt Engineer positions" in text


def test_posting_text_is_escaped_everywhere(built: SiteResult) -> None:
    for page in built.pages:
        text = page.read_text(encoding="utf-8")
        assert HOSTILE not in text, page.name
        assert "<b>Labs</b>" not in text, page.name
        found = {tag for tag, _ in tags(page)}
        assert "script" not in found, page.name
        assert "b" not in found, page.name
    text = (built.out / SEED).read_text(encoding="utf-8")
    assert html.escape(HOSTILE) in text  # shown, as text
    assert AMP_CO not in text
    assert AMP_CO in html.unescape(text)


def test_pages_request_nothing_outside_the_site(built: SiteResult) -> None:
    for page in built.pages:
        for tag, attrs in tags(page):
            for attr in ("src", "href", "srcset", "data", "action"):
                value = attrs.get(attr) or ""
                assert not re.match(r"^(https?:)?//", value), (page.name, tag, attr, value)
        assert "url(" not in page.read_text()
        assert "@import" not in page.read_text()


def test_pair_page_has_every_section_and_chart(built: SiteResult) -> None:
    text = (built.out / SEED).read_text(encoding="utf-8")
    for section in (
        "verdict",
        "side-by-side",
        "trend",
        "skills",
        "salary",
        "hiring",
        "experience",
        "career",
        "faq",
        "related",
    ):
        assert f'id="{section}"' in text, section
    # the salary chart, drawn for a wide and a narrow screen; two weeks make no trend line
    assert text.count("<svg") == 2
    assert "A trend line is drawn from 3 weeks of data on" in text
    assert text.count('class="bars"') == 2  # skill bars are HTML: labels wrap, never clip
    assert '<meta name="viewport"' in text
    assert ' title="' not in text  # no detail that only a mouse hover reaches
    assert "<details" in text


def test_the_career_path_is_the_postings_senior_titles(built: SiteResult) -> None:
    text = html.unescape((built.out / SEED).read_text(encoding="utf-8"))
    assert "Typical progression" not in text
    assert "Staff AI/ML Engineer</span> — 5 postings" in text  # "(Infra)" variants included
    assert "Principal AI/ML Engineer</span> — 3 postings" in text
    assert "titles carried by fewer than 2 postings are not listed" in text


def test_remote_is_shown_apart_from_the_metros(built: SiteResult, site_home: Path) -> None:
    con = connect_readonly(site_home)
    result = compare(con, "AI/ML Engineer", "AI Software Engineer")
    con.close()
    for role in result["roles"].values():
        assert "Remote" not in [m for m, _ in role["top_metros"]]
    text = (built.out / SEED).read_text(encoding="utf-8")
    assert "Fully remote, shown apart from the metros: 4 of 16 open positions (25%)." in text


def test_every_faq_answer_quotes_the_figures(built: SiteResult) -> None:
    text = html.unescape((built.out / SEED).read_text(encoding="utf-8"))
    faq = dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", text))
    assert list(faq) == [
        "Which pays more, AI/ML Engineer or AI Software Engineer?",
        "Do AI/ML Engineer and AI Software Engineer ask for the same skills?",
        "Which role is more often remote?",
        "Which skills carry over from one role to the other?",
    ]
    pay, skills, remote, transfer = faq.values()
    assert pay.startswith("Neither clearly: ")  # the medians' intervals overlap
    assert "(95% CI $147K–$245K, n=13)" in pay
    assert skills == (
        "Yes: 2 of the 8 most frequent skills are the same for both roles (Python, RAG)."
    )
    assert remote.startswith("Neither clearly: 25% of AI/ML Engineer positions (4 of 16)")
    assert transfer.startswith("Python, RAG rank among the 8 most frequent skills of both roles")
    assert "Newcombe" in text  # the noise rule is stated on the page


def figures(path: Path) -> dict[tuple[str, str], str]:
    found = {}
    for _, attrs in tags(path):
        if "data-figure" in attrs:
            found[(attrs["data-role"] or "", attrs["data-figure"] or "")] = (
                attrs["data-value"] or ""
            )
    return found


def test_figures_carry_the_compare_values(built: SiteResult, site_home: Path) -> None:
    con = connect_readonly(site_home)
    expected = json.loads(json.dumps(compare(con, "AI/ML Engineer", "AI Software Engineer")))
    con.close()
    shown = figures(built.out / SEED)
    checked = 0
    for (role, key), raw in shown.items():
        truth = expected["roles"][role][key] if role else expected[key]
        assert (json.loads(raw) if raw else None) == truth, (role, key)
        checked += 1
    assert checked >= 40


def test_a_small_suppressed_role_is_never_called_numerous(site_home: Path, tmp_path: Path):
    result = build_site(site_home, tmp_path / "site", ["Prompt Engineer|AI/ML Engineer"])
    page = result.pages[1].read_text(encoding="utf-8")
    assert "rank 7 of 7 roles): the least numerous role we track" in page
    assert "Prompt Engineer holds 1 of the 49 open positions we track (2%" in page
    assert "Salary comparison withheld: Prompt Engineer has only 1 disclosed salary" in page
    assert figures(result.pages[1])[("Prompt Engineer", "salary_median")] == ""


def test_an_older_week_can_be_reported(site_home: Path, tmp_path: Path) -> None:
    result = build_site(site_home, tmp_path / "old", week=W1.isoformat())
    assert result.week == W1.isoformat()
    assert f"week of {W1}" in result.index.read_text()


def test_a_rebuild_replaces_the_site_whole(site_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(site_home, out, ["MLOps Engineer|Data Analyst"])
    (out / "stale.html").write_text("left over")
    build_site(site_home, out, ["Data Scientist|Data Engineer"])
    assert not (out / "stale.html").exists()
    assert sorted(p.name for p in out.glob("*-vs-*.html")) == [
        "data-scientist-vs-data-engineer.html"
    ]
    assert (out / "index.html").is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]  # no temp dirs left behind


def test_a_failed_build_leaves_the_previous_site(site_home: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "site"
    build_site(site_home, out, ["MLOps Engineer|Data Analyst"])
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(data, target: Path):
        (target / "index.html").write_text("half")
        raise OSError("disk full")

    monkeypatch.setattr(site_module, "render", broken)
    with pytest.raises(OSError, match="disk full"):
        build_site(site_home, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_it_refuses_to_replace_a_directory_it_did_not_write(site_home: Path, tmp_path: Path):
    mine = tmp_path / "documents"
    mine.mkdir()
    (mine / "thesis.txt").write_text("keep me")
    with pytest.raises(UserError, match="not a jobwatch site"):
        build_site(site_home, mine)
    assert (mine / "thesis.txt").read_text() == "keep me"


def test_cli_report_prints_where_the_site_is(site_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli-site"
    proc = jobwatch_cli(
        site_home, "report", "--out", str(out), "--pair", "Data Analyst|Data Engineer"
    )
    assert proc.stdout.splitlines()[-1] == f"open {out / 'index.html'}"
    assert "1 comparison page" in proc.stdout
    bad = jobwatch_cli(site_home, "report", "--pair", "Data Analyst", check=False)
    assert bad.returncode == 2
    assert bad.stderr.strip() == "error: bad pair 'Data Analyst': write it as \"Role A|Role B\""
