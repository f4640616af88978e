"""The shipped registry, the `host` flag, and `jobwatch sources` with health from crawl_runs."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from jobwatch.core.config import paths
from jobwatch.core.errors import UserError
from jobwatch.crawlers import platforms
from jobwatch.crawlers.platforms import spiders
from jobwatch.crawlers.sources import Source, load_sources, registry_for
from jobwatch.warehouse.registry_health import board_health, next_run, registry_rows
from tests.conftest import jobwatch_cli

ATS = ("greenhouse", "lever", "ashby", "workable", "smartrecruiters", "recruitee")


def test_shipped_registry_has_boards_on_every_ats_platform():
    sources = load_sources()
    assert {s.platform for s in sources} <= set(spiders())
    counts = Counter(s.platform for s in sources)
    assert all(counts[p] >= 5 for p in ATS), counts
    named = {s.key: s.company for s in sources}
    assert named[("ashby", "openai")] == "OpenAI"
    assert named[("lever", "palantir")] == "Palantir Technologies"
    assert {s.board for s in sources if s.host == "eu"}
    assert all(platforms.get(s.platform).extra("host") for s in sources if s.host)  # declared


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("- {company: A, platform: lever, board: a, host: us}", "unknown lever host 'us'"),
        ("- {company: A, platform: ashby, board: a, host: eu}", "unknown ashby host 'eu'"),
    ],
)
def test_unknown_hosts_are_rejected(tmp_path, line, error):
    path = tmp_path / "s.yaml"
    path.write_text(line + "\n")
    with pytest.raises(UserError, match=error):
        load_sources(path)


def test_host_flag_is_read(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("- {company: Q, platform: Lever, board: q, host: EU}\n")
    assert registry_for("lever", path) == {"q": Source("Q", "lever", "q", "eu")}


RUNS = [  # source, board, week, crawl_id, status, items, stale_slug, error
    ("lever", "acme", "2026-11-09", "c1", "ok", 12, False, None),
    ("lever", "acme", "2026-11-16", "c2", "partial", 7, False, "1 of 2 pages failed"),
    ("lever", "gone", "2026-11-16", "c3", "failed", 0, True, "HTTP 404: board 'gone' not found"),
    ("ashby", "acme", "2026-11-16", "c4", "ok", 3, False, None),
]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A warehouse file holding only crawl_runs (what `jobwatch sources` reads)."""
    path = paths(tmp_path).warehouse
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute(
        "create table crawl_runs (source varchar, board varchar, week date, crawl_id varchar, "
        "status varchar, items bigint, parse_errors bigint, quarantined bigint, "
        "stale_slug boolean, error varchar)"
    )
    for source, board, week, crawl_id, status, items, stale, error in RUNS:
        con.execute(
            "insert into crawl_runs values (?, ?, ?, ?, ?, ?, 0, 0, ?, ?)",
            [source, board, week, crawl_id, status, items, stale, error],
        )
    con.close()
    (tmp_path / "sources.yaml").write_text(
        "- {company: Acme, platform: lever, board: acme}\n"
        "- {company: Gone, platform: lever, board: gone}\n"
        "- {company: New, platform: lever, board: new, host: eu}\n"
        "- {company: Acme, platform: ashby, board: acme}\n"
    )
    return tmp_path


def test_health_is_the_latest_week_with_the_last_ok_week(home):
    rows = registry_rows(load_sources(home / "sources.yaml"), board_health(home))
    assert [
        (r["board"], r["status"], r["items"], r["last_week"], r["last_ok_week"], r["stale_slug"])
        for r in rows
    ] == [
        ("acme", "partial", 7, "2026-11-16", "2026-11-09", False),
        ("gone", "failed", 0, "2026-11-16", None, True),
        ("new", None, None, None, None, None),  # listed, never crawled
        ("acme", "ok", 3, "2026-11-16", "2026-11-16", False),
    ]


def test_no_warehouse_means_no_health(tmp_path):
    assert board_health(tmp_path) is None


def test_cli_lists_the_registry_with_health(home):
    sfile = str(home / "sources.yaml")
    data = json.loads(jobwatch_cli(home, "sources", "--sources-file", sfile, "--json").stdout)
    rows = data["boards"]
    assert [(r["company"], r["platform"], r["board"], r["status"]) for r in rows] == [
        ("Acme", "lever", "acme", "partial"),
        ("Gone", "lever", "gone", "failed"),
        ("New", "lever", "new", None),
        ("Acme", "ashby", "acme", "ok"),
    ]
    table = jobwatch_cli(home, "sources", "--sources-file", sfile, "--platform", "lever").stdout
    assert "stale slug (404)" in table
    assert "new (eu)" in table
    assert "never crawled" in table
    assert "3 boards in" in table
    assert "the next refresh crawls 3 of them on 1 platforms" in table
    assert "ashby" not in table
    summary = jobwatch_cli(home, "sources", "--sources-file", sfile).stdout  # per platform
    assert [line.split()[1:4] for line in summary.splitlines() if "│ lever" in line] == [
        ["lever", "│", "3"]
    ]


def test_cli_unknown_platform_is_one_line(tmp_path):
    proc = jobwatch_cli(tmp_path, "sources", "--platform", "monster", check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("error: unknown platform 'monster' (known: ")


def test_scrapy_list_shows_every_spider_from_the_repo_root():
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    scrapy = Path(sys.executable).with_name("scrapy")
    proc = subprocess.run([str(scrapy), "list"], cwd=root, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert set(proc.stdout.split()) >= {*ATS, *spiders()}


MINE = (
    "- {company: Acme, platform: lever, board: acme, enabled: false, note: 404 since 2026-11-02}\n"
    "- {company: New AI, platform: lever, board: new, ai: true, origin: jobseek}\n"
    "- {company: Acme, platform: ashby, board: acme, origin: jobwatch+stapply}\n"
)


def test_cli_json_gives_origin_and_enabled_and_ai_only_keeps_the_ai_companies(home):
    sfile = home / "mine.yaml"
    sfile.write_text(MINE)
    data = json.loads(jobwatch_cli(home, "sources", "--sources-file", str(sfile), "--json").stdout)
    assert [
        (r["platform"], r["board"], r["origin"], r["ai"], r["enabled"], r["note"])
        for r in data["boards"]
    ] == [
        ("lever", "acme", "", False, False, "404 since 2026-11-02"),
        ("lever", "new", "jobseek", True, True, None),
        ("ashby", "acme", "jobwatch+stapply", False, True, None),
    ]
    ai = jobwatch_cli(home, "sources", "--sources-file", str(sfile), "--ai-only", "--json").stdout
    assert [(r["platform"], r["board"]) for r in json.loads(ai)["boards"]] == [("lever", "new")]


@pytest.mark.parametrize(
    ("last_week", "due"),
    [("2026-11-16", False), ("2026-11-09", True), (None, True)],  # the run's week: 2026-12-07
)
def test_a_disabled_board_is_crawled_again_four_weeks_after_its_last_crawl(
    tmp_path, last_week, due
):
    sfile = tmp_path / "mine.yaml"
    sfile.write_text(MINE)
    sources = load_sources(sfile)
    health = {("lever", "acme"): {"last_week": last_week}} if last_week else {}
    week = dt.date(2026, 12, 7)
    planned = {s.key for s in next_run(sources, health, week)}
    assert planned == {("lever", "new"), ("ashby", "acme")} | (
        {("lever", "acme")} if due else set()
    )
    only_ai = {s.key for s in next_run(sources, health, week, ai_only=True)}
    assert only_ai == {("lever", "new")}
