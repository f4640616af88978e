"""Real Scrapy crawls in a child process against the loopback replay server."""

from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path

import pytest

from jobwatch.core.errors import UserError
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.run import crawl_in_subprocess
from tests.crawlers.conftest import FAST, WEEK, gh_job, read_jsonl, record_board, write_sources

WEEK_DIR = "raw/source=greenhouse/week=2026-11-09"


def run(srv: ReplayServer, boards, tmp_path, sources, **kwargs):
    kwargs.setdefault("home", tmp_path / "home")
    kwargs["settings"] = {**FAST, **kwargs.get("settings", {})}
    return crawl_in_subprocess(
        "greenhouse", boards, week=WEEK, base_url=srv.base_url, sources_file=sources, **kwargs
    )


def by_board(runs: list[dict]) -> dict[str, dict]:
    return {row["board"]: row for row in runs}


def test_clean_crawl_of_two_boards_lands_in_the_raw_lake(recorded, sources, tmp_path):
    with ReplayServer(recorded) as srv:
        result = run(srv, ["acme", "beta"], tmp_path, sources)
        assert srv.hits_for("acme") == srv.hits_for("beta") == 1
    crawl_dir = tmp_path / "home" / WEEK_DIR / f"crawl={result.crawl_id}"
    assert result.crawl_dir == crawl_dir
    assert result.out is None
    assert sorted(p.name for p in crawl_dir.parent.iterdir()) == [crawl_dir.name]  # no .tmp-
    assert sorted(p.name for p in crawl_dir.iterdir()) == [
        "_pages.acme.1.body",  # the archive: every page verbatim (crawlers/archive/)
        "_pages.beta.1.body",
        "_pages.jsonl",
        "_runs.jsonl",
        "acme.jsonl",
        "beta.jsonl",
    ]
    acme = read_jsonl(crawl_dir / "acme.jsonl")
    assert [(r["source_id"], r["title"]) for r in acme] == [
        ("101", "Machine Learning Engineer"),
        ("102", "Data Scientist"),
    ]
    assert {r["crawl_id"] for r in acme} == {result.crawl_id}
    assert acme[0]["description_text"] == "Build models.\nPyTorch"
    assert acme[0]["payload"] == gh_job(101)
    runs = read_jsonl(crawl_dir / "_runs.jsonl")
    assert runs == result.runs
    for row, items in zip(runs, (2, 1), strict=True):
        assert row["status"] == "ok"
        assert row["http_status"] == {"200": 1}
        assert (row["requests"], row["items"], row["quarantined"]) == (1, items, 0)
        assert (row["week"], row["error"], row["stale_slug"]) == ("2026-11-09", None, False)
        assert row["started_at"] <= row["finished_at"]
        assert row["duration_s"] >= 0
    assert (result.status, result.items, result.quarantined) == ("ok", 3, 0)
    assert result.week == WEEK
    assert result.crawl_id.startswith("greenhouse-")


def test_out_file_mode_writes_items_and_quarantine_next_to_it(recorded, sources, tmp_path):
    record_board(recorded, "c6", [gh_job(601), gh_job(602, title=None)])
    out = tmp_path / "export" / "items.jsonl"
    with ReplayServer(recorded) as srv:
        result = run(srv, ["acme", "c6"], tmp_path, sources, out=out)
    assert result.out == out
    assert result.crawl_dir is None
    assert [r["source_id"] for r in read_jsonl(out)] == ["101", "102", "601"]
    quarantine = read_jsonl(tmp_path / "export" / "items.quarantine.jsonl")
    assert [(q["board"], q["reason"], q["body"]["id"]) for q in quarantine] == [
        ("c6", "missing_required", 602)
    ]
    assert sorted(p.name for p in out.parent.iterdir()) == ["items.jsonl", "items.quarantine.jsonl"]
    assert not (tmp_path / "home" / "raw").exists()
    c6 = by_board(result.runs)["c6"]
    assert (c6["status"], c6["items"], c6["parse_errors"], c6["quarantined"]) == ("ok", 1, 1, 1)


def test_429_retry_after_is_honoured(recorded, sources, tmp_path):
    faults = {"acme": [{"status": 429, "retry_after": 1}]}
    with ReplayServer(recorded, faults=faults) as srv:
        result = run(srv, ["acme"], tmp_path, sources)
        first, second = srv.times_for("acme")
    assert second - first >= 1.0  # the backoff alone would have waited 0.05 s
    row = result.runs[0]
    assert row["status"] == "ok"
    assert row["http_status"] == {"200": 1, "429": 1}
    assert (row["requests"], row["items"]) == (2, 2)


FAULTS = {
    "acme": [{"status": 500}],  # then success
    "beta": [{"status": 500, "repeat": True}],
    "c1": [{"body": '{"jobs": [{"id": 1, "title": "ML', "repeat": True}],
    "c2": [{"truncate": 0.5, "repeat": True}],
    "c3": [{"body": "<html>oops</html>", "content_type": "text/html"}],
}


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory):
    """One crawl where most boards misbehave in a different way; c4 stays healthy."""
    from tests.crawlers.conftest import write_sources

    tmp = tmp_path_factory.mktemp("faulty")
    root = tmp / "rec"
    for token in ("acme", "beta", "c1", "c2", "c3", "c4"):
        record_board(root, token, [gh_job(300 + len(token)), gh_job(400, "MLOps Engineer")])
    sources = write_sources(tmp / "sources.yaml", [*FAULTS, "c4", "gone"])
    with ReplayServer(root, faults=FAULTS) as srv:
        result = run(srv, None, tmp, sources)
        hits = {token: srv.hits_for(token) for token in [*FAULTS, "c4", "gone"]}
    return result, hits


@pytest.mark.parametrize(
    ("board", "status", "http", "hits", "items", "reason", "error_has"),
    [
        ("acme", "ok", {"200": 1, "500": 1}, 2, 2, None, None),
        ("beta", "failed", {"500": 3}, 3, 0, "http_error", "HTTP 500 after 3 attempts"),
        ("c1", "failed", {"200": 1}, 1, 0, "malformed_json", "malformed_json: Unterminated"),
        ("c2", "failed", {"200": 3}, 3, 0, "truncated", "truncated: connection closed after"),
        ("c3", "failed", {"200": 1}, 1, 0, "not_json", "not_json: got HTML"),
        ("c4", "ok", {"200": 1}, 1, 2, None, None),
        ("gone", "failed", {"404": 1}, 1, 0, "http_error", "slug looks stale"),
    ],
)
def test_each_board_fails_alone_with_its_reason(
    faulty_crawl, board, status, http, hits, items, reason, error_has
):
    result, seen = faulty_crawl
    row = by_board(result.runs)[board]
    assert (row["status"], row["http_status"], row["items"]) == (status, http, items)
    assert seen[board] == row["requests"] == hits
    assert row["stale_slug"] is (board == "gone")
    if error_has is None:
        assert row["error"] is None
    else:
        assert error_has in row["error"]
    lines = read_jsonl(result.crawl_dir / "_quarantine.jsonl")
    mine = [q for q in lines if q["board"] == board]
    assert [q["reason"] for q in mine] == ([reason] if reason else [])
    assert row["quarantined"] == len(mine)
    if reason in ("malformed_json", "not_json", "truncated"):
        assert mine[0]["body"]
        assert mine[0]["url"].endswith(f"/v1/boards/{board}/jobs?content=true")
    if items:
        assert len(read_jsonl(result.crawl_dir / f"{board}.jsonl")) == items
    else:
        assert not (result.crawl_dir / f"{board}.jsonl").exists()


def test_faulty_crawl_is_published_with_every_board_row(faulty_crawl):
    result, _ = faulty_crawl
    assert result.status == "failed"
    assert result.crawl_dir.name.startswith("crawl=")
    assert [r["board"] for r in read_jsonl(result.crawl_dir / "_runs.jsonl")] == [
        *FAULTS,
        "c4",
        "gone",
    ]
    assert result.items == 4


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_connection_refused_fails_each_board_with_an_error_line(sources, tmp_path):
    base_url = f"http://127.0.0.1:{closed_port()}"
    result = crawl_in_subprocess(
        "greenhouse",
        ["acme", "beta"],
        week=WEEK,
        base_url=base_url,
        sources_file=sources,
        home=tmp_path / "home",
        settings={**FAST, "RETRY_TIMES": 1},
    )
    assert result.status == "failed"
    for row in result.runs:
        assert row["status"] == "failed"
        assert row["requests"] == 2
        assert row["http_status"] == {}
        assert row["error"].startswith("connection refused by 127.0.0.1")
    assert read_jsonl(result.crawl_dir / "_runs.jsonl") == result.runs


def test_timeout_fails_that_board_only(recorded, sources, tmp_path):
    faults = {"beta": [{"delay": 3, "repeat": True}]}
    settings = {"DOWNLOAD_TIMEOUT": 1, "RETRY_TIMES": 1}
    with ReplayServer(recorded, faults=faults) as srv:
        result = run(srv, ["acme", "beta"], tmp_path, sources, settings=settings)
    rows = by_board(result.runs)
    assert rows["acme"]["status"] == "ok"
    assert rows["beta"]["status"] == "failed"
    assert rows["beta"]["requests"] == 2
    assert rows["beta"]["error"].startswith("timed out after 1 s (2 attempts)")


def test_request_budget_stops_the_crawl_politely(recorded, sources, tmp_path):
    settings = {"SOURCE_REQUEST_BUDGET": {"greenhouse": 1}}
    with ReplayServer(recorded) as srv:
        result = run(srv, ["acme", "beta"], tmp_path, sources, settings=settings)
        assert sum(srv.hits.values()) == 1
    assert sorted(r["status"] for r in result.runs) == ["failed", "ok"]
    refused = next(r for r in result.runs if r["status"] == "failed")
    assert refused["error"] == "request not made: request budget of 1 exhausted"


def test_a_dying_crawl_process_reports_every_board_failed(recorded, sources, tmp_path):
    settings = {"DOWNLOADER_MIDDLEWARES": {"tests.crawlers.dying_middleware.DieMiddleware": 1}}
    with ReplayServer(recorded) as srv:
        result = run(srv, ["acme", "beta"], tmp_path, sources, settings=settings)
    assert [r["status"] for r in result.runs] == ["failed", "failed"]
    assert all(r["error"].startswith("crawl process exited with code -9") for r in result.runs)
    assert result.crawl_dir is None
    assert result.items == 0
    assert not list((tmp_path / "home" / WEEK_DIR).glob("crawl=*"))  # nothing published


@pytest.mark.parametrize(
    ("source", "boards", "base_url", "message"),
    [
        ("monster", None, None, "unknown source 'monster'"),
        ("greenhouse", ["acme"], "ftp://mirror", "base URL must look like"),
    ],
)
def test_user_mistakes_are_user_errors_before_any_process(
    sources, source, boards, base_url, message
):
    with pytest.raises(UserError, match=message):
        crawl_in_subprocess(source, boards, base_url=base_url, sources_file=sources)


def test_a_board_missing_from_the_registry_is_crawled_as_given(recorded, tmp_path):
    only_acme = write_sources(tmp_path / "only-acme.yaml", ["acme"])
    with ReplayServer(recorded) as srv:
        result = run(srv, ["acme", "beta"], tmp_path, only_acme)
    assert {r["board"]: (r["status"], r["items"]) for r in result.runs} == {
        "acme": ("ok", 2),
        "beta": ("ok", 1),
    }


def test_week_defaults_to_the_monday_of_today(recorded, sources, tmp_path):
    with ReplayServer(recorded) as srv:
        result = crawl_in_subprocess(
            "greenhouse",
            ["beta"],
            base_url=srv.base_url,
            sources_file=sources,
            home=tmp_path / "home",
            settings=FAST,
        )
    today = dt.datetime.now(dt.UTC).date()
    assert result.week == today - dt.timedelta(days=today.weekday())
    assert result.crawl_dir.parent.name == f"week={result.week.isoformat()}"
    assert json.loads((result.crawl_dir / "_runs.jsonl").read_text())["week"] == str(result.week)


IN_PROCESS = """
import json, sys
from jobwatch.crawlers.run import crawl
kwargs = json.loads(sys.argv[1])
result = crawl("greenhouse", ["acme"], **kwargs)
try:
    crawl("greenhouse", ["acme"], **kwargs)
    again = "ran twice"
except RuntimeError as exc:
    again = str(exc)
print(json.dumps({"status": result.status, "items": result.items, "again": again,
                  "dir": str(result.crawl_dir)}))
"""


def test_in_process_crawl_runs_once_per_process(recorded, sources, tmp_path):
    import subprocess
    import sys

    from jobwatch.crawlers.run import REPO_ROOT

    with ReplayServer(recorded) as srv:
        kwargs = {
            "base_url": srv.base_url,
            "sources_file": str(sources),
            "home": str(tmp_path / "home"),
            "settings": FAST,
        }
        proc = subprocess.run(
            [sys.executable, "-c", IN_PROCESS, json.dumps(kwargs)],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    out = json.loads(proc.stdout)
    assert (out["status"], out["items"]) == ("ok", 2)
    assert out["again"].startswith("crawl() runs once per process")
    crawl_dir = Path(out["dir"])
    assert crawl_dir.is_dir()
    assert crawl_dir.is_relative_to(tmp_path / "home" / "raw")
