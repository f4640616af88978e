"""The page archive: bodies kept verbatim, extracted after the fetch, re-extractable later."""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

import pytest

from jobwatch.core.errors import UserError
from jobwatch.crawlers.archive import extract_pages, read_body, read_index
from jobwatch.crawlers.extract.greenhouse import extract_jobs
from jobwatch.crawlers.lake import dumps
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.run import crawl_in_subprocess
from tests.crawlers.conftest import FAST, WEEK, board_body, gh_job, read_jsonl, write_sources

if TYPE_CHECKING:
    from pathlib import Path

# Served as these exact bytes: pretty-printed, raw UTF-8 next to \u escapes, a trailing newline.
ACME = (
    '{\n  "jobs": [\n    '
    + json.dumps(gh_job(101, "ML Engineer – Zürich"), ensure_ascii=False)
    + ",\n    "
    + json.dumps(gh_job(102, "Data Scientist \u00e9"))
    + ",\n    "
    + json.dumps(gh_job(103, title=None))  # no title: quarantined, the rest kept
    + '\n  ],\n  "meta": {"total": 3}\n}\n'
).encode("utf-8")
BAD = b'{"jobs": [{"id": 1, "title": "ML'  # malformed JSON: archived, quarantined, board failed
BOARDS = ["acme", "beta", "bad", "cut", "gone"]


def record(root: Path) -> dict[str, bytes]:
    week = root / "greenhouse" / f"week={WEEK.isoformat()}"
    week.mkdir(parents=True)
    bodies = {"acme": ACME, "beta": board_body([gh_job(201, "AI Engineer")]).encode(), "bad": BAD}
    bodies["cut"] = board_body([gh_job(301)]).encode()
    for token, body in bodies.items():
        (week / f"{token}.json").write_bytes(body)
    return bodies


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("archive")
    bodies = record(tmp / "rec")
    faults = {"cut": [{"truncate": 0.5, "repeat": True}]}
    with ReplayServer(tmp / "rec", faults=faults) as srv:
        result = crawl_in_subprocess(
            "greenhouse",
            BOARDS,
            week=WEEK,
            base_url=srv.base_url,
            home=tmp / "home",
            sources_file=write_sources(tmp / "sources.yaml", BOARDS),
            settings=FAST,
        )
    return result, bodies, tmp


def tree(root: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir())}


def test_the_archive_holds_the_exact_bytes_served_in_fetch_order(crawled):
    result, bodies, _ = crawled
    pages = read_index(result.crawl_dir)
    assert sorted(p.board for p in pages) == ["acme", "bad", "beta"]  # cut and gone: transport
    assert [p.seq for p in pages] == [0, 1, 2]
    for page in pages:
        assert read_body(result.crawl_dir, page) == bodies[page.board]
        assert (page.source, page.crawl_id, page.http_status) == (
            "greenhouse",
            result.crawl_id,
            200,
        )
        assert page.bytes == len(bodies[page.board])
        assert page.file == f"_pages.{page.board}.1.body"
        assert page.url.endswith(f"/v1/boards/{page.board}/jobs?content=true")
    assert result.extraction is not None
    assert result.extraction["pages"] == 3


def test_lines_are_what_the_pure_extractor_gives_for_the_same_body(crawled):
    result, _, _ = crawled
    quarantine = (result.crawl_dir / "_quarantine.jsonl").read_text(encoding="utf-8").splitlines()
    for page in read_index(result.crawl_dir):
        expected = extract_jobs(
            read_body(result.crawl_dir, page),
            board=page.board,
            url=page.url,
            fetched_at=page.fetched_at,
            crawl_id=result.crawl_id,
        )
        items = result.crawl_dir / f"{page.board}.jsonl"
        written = items.read_text(encoding="utf-8") if items.exists() else ""
        assert written == "".join(dumps(item) + "\n" for item in expected.items)
        mine = [line for line in quarantine if json.loads(line)["board"] == page.board]
        assert mine == [dumps(line) for line in expected.errors]
    acme = read_jsonl(result.crawl_dir / "acme.jsonl")
    assert [r["title"] for r in acme] == ["ML Engineer – Zürich", "Data Scientist \u00e9"]


@pytest.mark.parametrize(
    ("board", "status", "items", "quarantined", "reason", "error_has"),
    [
        ("acme", "ok", 2, 1, "missing_required", None),
        ("beta", "ok", 1, 0, None, None),
        ("bad", "failed", 0, 1, "malformed_json", "malformed_json: Unterminated"),
        ("cut", "failed", 0, 1, "truncated", "truncated: connection closed after"),
        ("gone", "failed", 0, 1, "http_error", "slug looks stale"),
    ],
)
def test_run_rows_count_what_extraction_found(
    crawled, board, status, items, quarantined, reason, error_has
):
    result, _, _ = crawled
    row = next(r for r in result.runs if r["board"] == board)
    assert (row["status"], row["items"], row["quarantined"]) == (status, items, quarantined)
    assert row["parse_errors"] == (0 if reason == "http_error" else quarantined)  # as before
    assert (error_has is None) == (row["error"] is None)
    if error_has:
        assert error_has in row["error"]
    lines = read_jsonl(result.crawl_dir / "_quarantine.jsonl")
    assert [q["reason"] for q in lines if q["board"] == board] == ([reason] if reason else [])
    assert read_jsonl(result.crawl_dir / "_runs.jsonl") == result.runs


def test_re_extraction_gives_identical_lines_and_leaves_the_crawl_untouched(crawled):
    result, _, tmp = crawled
    before = tree(result.crawl_dir)
    report = extract_pages(result.crawl_dir, tmp / "again", workers=2)
    assert tree(result.crawl_dir) == before  # the raw lake is never rewritten
    assert sorted(p.name for p in (tmp / "again").iterdir()) == [
        "_quarantine.jsonl",
        "acme.jsonl",
        "beta.jsonl",
    ]
    for board in ("acme", "beta"):
        again = (tmp / "again" / f"{board}.jsonl").read_bytes()
        assert again == (result.crawl_dir / f"{board}.jsonl").read_bytes()
    extracted = [
        q
        for q in read_jsonl(result.crawl_dir / "_quarantine.jsonl")
        if q["reason"] not in ("http_error", "truncated")
    ]
    assert read_jsonl(tmp / "again" / "_quarantine.jsonl") == extracted
    assert (report.pages, report.workers, report.items, report.quarantined) == (3, 2, 3, 2)
    assert report.boards["bad"].pages_failed == 1
    assert report.boards["acme"].pages_ok == 1


def test_re_extraction_refuses_to_overwrite_or_to_read_a_dir_without_archive(crawled, tmp_path):
    result, _, _ = crawled
    (tmp_path / "taken").mkdir()
    with pytest.raises(UserError, match="already exists"):
        extract_pages(result.crawl_dir, tmp_path / "taken")
    with pytest.raises(UserError, match="no archived pages"):
        extract_pages(tmp_path / "taken", tmp_path / "new")
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("workers", [1, 2])
def test_an_extractor_raising_on_one_page_loses_only_that_page(
    crawled, tmp_path, monkeypatch, workers
):
    from jobwatch.crawlers import platforms

    def flaky(body: bytes, *, board: str, **kwargs: object):
        if board == "beta":
            raise RuntimeError("extractor bug")
        return extract_jobs(body, board=board, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setitem(platforms.extractors(), "greenhouse", flaky)  # forked workers see it
    result, bodies, _ = crawled
    report = extract_pages(result.crawl_dir, tmp_path / "out", workers=workers)
    out = tmp_path / "out"
    assert (out / "acme.jsonl").read_bytes() == (result.crawl_dir / "acme.jsonl").read_bytes()
    assert not (out / "beta.jsonl").exists()
    beta = [q for q in read_jsonl(out / "_quarantine.jsonl") if q["board"] == "beta"]
    assert [(q["reason"], q["detail"]) for q in beta] == [
        ("extract_error", "RuntimeError: extractor bug")
    ]
    assert beta[0]["body"] == bodies["beta"].decode()
    assert report.boards["beta"].error == "extract_error: RuntimeError: extractor bug"
    assert (report.boards["acme"].items, report.boards["acme"].pages_ok) == (2, 1)


def test_module_cli_re_extracts_and_reports_user_errors(crawled, tmp_path, capsys):
    from jobwatch.crawlers.archive.__main__ import main

    result, _, _ = crawled
    assert main([str(result.crawl_dir), str(tmp_path / "cli"), "--workers", "1"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["pages"], summary["items"], summary["workers"]) == (3, 3, 1)
    assert (tmp_path / "cli" / "acme.jsonl").read_bytes() == (
        result.crawl_dir / "acme.jsonl"
    ).read_bytes()
    assert main([str(result.crawl_dir), str(tmp_path / "cli")]) == 2
    assert "already exists" in capsys.readouterr().err


def test_a_missing_body_file_costs_its_page_only(crawled, tmp_path):
    import shutil

    result, _, _ = crawled
    damaged = tmp_path / "damaged"
    shutil.copytree(result.crawl_dir, damaged)
    (damaged / "_pages.beta.1.body").unlink()
    report = extract_pages(damaged, tmp_path / "out", workers=1)
    assert report.boards["beta"].error.startswith("archive_missing: No such file")
    assert (tmp_path / "out" / "acme.jsonl").read_bytes() == (damaged / "acme.jsonl").read_bytes()
