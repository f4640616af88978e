"""Real Scrapy crawls of the job boards in a child process against the loopback replay server."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.run import crawl_in_subprocess
from tests.crawlers.board_fixtures import (
    LEGAL,
    WEEK,
    arbeitnow_body,
    arbeitnow_job,
    hn_comment,
    hn_search_body,
    hn_story,
    hn_thread_body,
    remoteok_job,
    remotive_body,
    remotive_job,
    write,
)
from tests.crawlers.conftest import FAST, read_jsonl
from tests.crawlers.recording import Recording

if TYPE_CHECKING:
    from pathlib import Path

THREAD = 46100000
ITEMS_PATH = f"/api/v1/items/{THREAD}"


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("boards")
    write(
        root,
        "remoteok",
        "remoteok.json",
        body=json.dumps([LEGAL, remoteok_job(11), remoteok_job(12, salary_min=0, salary_max=0)]),
    )
    write(root, "remotive", "remotive.json", body=remotive_body([remotive_job(21)]))
    for page, nxt in ((1, 2), (2, 3), (3, None)):
        jobs = [arbeitnow_job(f"job-{page}-{n}") for n in (1, 2)]
        write(root, "arbeitnow", f"page-{page}.json", body=arbeitnow_body(jobs, page, nxt))
    write(
        root,
        "hn",
        "search.json",
        body=hn_search_body(
            [
                hn_story(THREAD + 1, "Ask HN: Who wants to be hired? (November 2026)", 1793714500),
                hn_story(THREAD, "Ask HN: Who is hiring? (November 2026)", 1793714400),
            ]
        ),
    )
    write(
        root,
        "hn",
        "items",
        f"{THREAD}.json",
        body=hn_thread_body(
            [
                hn_comment(101, "Acme | Data Scientist, ML Engineer | NYC | ONSITE"),
                hn_comment(102, None),  # deleted
                hn_comment(103, "Kite | Platform Engineer | REMOTE (US) | $180k"),
            ]
        ),
    )
    return root


def crawl(srv: ReplayServer, source: str, tmp_path: Path, **kwargs):
    settings = {**FAST, "REMOTIVE_MIN_DELAY": 0, **kwargs.pop("settings", {})}
    return crawl_in_subprocess(
        source,
        week=WEEK,
        base_url=srv.base_url,
        home=tmp_path / "home",
        settings=settings,
        **kwargs,
    )


def lake(result, name: str) -> list[dict]:
    path = result.crawl_dir / name
    return read_jsonl(path) if path.exists() else []


def test_remoteok_crawls_into_the_lake_with_the_source_as_board(root, tmp_path):
    with ReplayServer(root) as srv:
        result = crawl(srv, "remoteok", tmp_path)
    assert result.crawl_dir.parent.name == "week=2026-11-09"
    assert result.crawl_dir.parent.parent.name == "source=remoteok"
    assert sorted(p.name for p in result.crawl_dir.iterdir()) == [
        "_pages.jsonl",
        "_pages.remoteok.1.body",
        "_runs.jsonl",
        "remoteok.jsonl",
    ]
    items = lake(result, "remoteok.jsonl")
    assert [(i["source_id"], i["board"], i["url"]) for i in items] == [
        ("11", "remoteok", "https://remoteOK.com/remote-jobs/remote-ml-engineer-lumen-11"),
        ("12", "remoteok", "https://remoteOK.com/remote-jobs/remote-ml-engineer-lumen-12"),
    ]
    assert [i["salary_structured"] is None for i in items] == [False, True]
    [row] = result.runs
    assert (row["board"], row["status"], row["items"], row["http_status"]) == (
        "remoteok",
        "ok",
        2,
        {"200": 1},
    )


def test_remotive_keeps_its_minimum_delay_even_for_a_retry(root, tmp_path):
    faults = {"remotive": [{"status": 500}]}
    with ReplayServer(root, faults=faults) as srv:
        result = crawl(srv, "remotive", tmp_path, settings={"REMOTIVE_MIN_DELAY": 1.0})
        first, second = srv.times_for("remotive")
    assert second - first >= 1.0  # the retry backoff alone would have waited 0.05 s
    [row] = result.runs
    assert (row["status"], row["items"], row["http_status"]) == ("ok", 1, {"200": 1, "500": 1})
    assert lake(result, "remotive.jsonl")[0]["title"] == "Data Scientist"


def test_hn_finds_the_thread_splits_roles_and_counts_the_deleted_comment(root, tmp_path):
    with ReplayServer(root) as srv:
        result = crawl(srv, "hn", tmp_path)
        assert srv.hits[ITEMS_PATH] == 1
    items = lake(result, "hn.jsonl")
    assert [(i["source_id"], i["title"], i["company"]) for i in items] == [
        ("101-1", "Data Scientist", "Acme"),
        ("101-2", "ML Engineer", "Acme"),
        ("103", "Platform Engineer", "Kite"),
    ]
    quarantine = lake(result, "_quarantine.jsonl")
    assert [(q["reason"], q["body"]["id"]) for q in quarantine] == [("deleted", 102)]
    [row] = result.runs
    assert (row["board"], row["status"], row["items"], row["parse_errors"], row["quarantined"]) == (
        "hn",
        "ok",
        3,
        1,
        1,
    )


def test_hn_thread_failing_leaves_the_board_failed_not_partial(root, tmp_path):
    faults = {ITEMS_PATH: [{"status": 500, "repeat": True}]}
    with ReplayServer(root, faults=faults) as srv:
        result = crawl(srv, "hn", tmp_path)
    [row] = result.runs
    assert (row["status"], row["items"], row["error"]) == ("failed", 0, "HTTP 500 after 3 attempts")


def test_arbeitnow_follows_next_links_to_the_last_page(root, tmp_path):
    with ReplayServer(root) as srv:
        result = crawl(srv, "arbeitnow", tmp_path)
        assert srv.hits_for("arbeitnow") == 3  # the recorded next links name the real host
    assert [i["source_id"] for i in lake(result, "arbeitnow.jsonl")] == [
        f"job-{p}-{n}" for p in (1, 2, 3) for n in (1, 2)
    ]
    assert (result.runs[0]["status"], result.runs[0]["items"]) == ("ok", 6)


@pytest.mark.parametrize(
    ("fault", "error_has", "reason"),
    [
        (
            {"status": 500, "repeat": True, "when": {"page": "3"}},
            "HTTP 500 after 3 attempts",
            "http_error",
        ),  # paging that ends early
        (
            {"body": '{"data": [{"slug": "x", "ti', "repeat": True, "when": {"page": "2"}},
            "malformed_json",
            "malformed_json",
        ),  # a malformed page in the middle
    ],
)
def test_arbeitnow_paging_that_ends_early_is_partial_never_silently_short(
    root, tmp_path, fault, error_has, reason
):
    with ReplayServer(root, faults={"arbeitnow": [fault]}) as srv:
        result = crawl(srv, "arbeitnow", tmp_path)
    [row] = result.runs
    expected_items = 4 if fault.get("status") else 2
    assert (row["status"], row["items"]) == ("partial", expected_items)
    assert row["error"].startswith("1 of ")
    assert error_has in row["error"]
    assert [q["reason"] for q in lake(result, "_quarantine.jsonl")] == [reason]


# The recorded-format fixtures of the job boards (tests/crawlers/test_platforms.py crawls them).
RECORDINGS = {
    "remoteok": Recording("remoteok", {"remoteok.json": [LEGAL, remoteok_job(11)]}, ["11"]),
    "remotive": Recording("remotive", {"remotive.json": remotive_body([remotive_job(21)])}, ["21"]),
    "arbeitnow": Recording(
        "arbeitnow",
        {
            "page-1.json": arbeitnow_body([arbeitnow_job("job-1")], 1, 2),
            "page-2.json": arbeitnow_body([arbeitnow_job("job-2")], 2, None),
        },
        ["job-1", "job-2"],
    ),
    "hn": Recording(
        "hn",
        {
            "search.json": hn_search_body(
                [hn_story(THREAD, "Ask HN: Who is hiring? (November 2026)", 1793714400)]
            ),
            f"items/{THREAD}.json": hn_thread_body(
                [hn_comment(103, "Kite | Platform Engineer | REMOTE (US) | $180k")]
            ),
        },
        ["103"],
    ),
}
