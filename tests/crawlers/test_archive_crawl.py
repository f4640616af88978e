"""Extraction after the fetch inside real crawls: an extractor bug, out-file mode, many workers."""

from __future__ import annotations

import json
import subprocess
import sys

from jobwatch.crawlers.extract.greenhouse import extract_jobs
from jobwatch.crawlers.lake import dumps
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.result import CrawlResult
from jobwatch.crawlers.run import REPO_ROOT, crawl_in_subprocess
from tests.crawlers.conftest import (
    FAST,
    WEEK,
    board_body,
    gh_job,
    read_jsonl,
    record_board,
    write_sources,
)

FLAKY_CRAWL = """
import sys
from jobwatch.crawlers import platforms
from jobwatch.crawlers.extract import greenhouse

def flaky(body, *, board, **kwargs):
    if board == "beta":
        raise RuntimeError("extractor bug")
    return greenhouse.extract_jobs(body, board=board, **kwargs)

platforms.extractors()["greenhouse"] = flaky  # the crawl's forked workers inherit it
from jobwatch.crawlers.run import main
sys.exit(main(sys.argv[1:]))
"""


def test_an_extractor_bug_costs_its_page_and_the_crawl_is_still_published(
    recorded, sources, tmp_path
):
    home, result_file = tmp_path / "home", tmp_path / "result.json"
    with ReplayServer(recorded) as srv:
        argv = [
            "greenhouse",
            "--boards",
            "acme,beta,c1",
            "--week",
            WEEK.isoformat(),
            "--home",
            str(home),
            "--base-url",
            srv.base_url,
            "--sources-file",
            str(sources),
            "--settings-json",
            json.dumps({**FAST, "JOBWATCH_EXTRACT_WORKERS": 2}),
            "--result-file",
            str(result_file),
        ]
        proc = subprocess.run(
            [sys.executable, "-c", FLAKY_CRAWL, *argv],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert proc.returncode == 0, proc.stderr
    result = CrawlResult.from_json(json.loads(result_file.read_text()))
    rows = {r["board"]: r for r in result.runs}
    assert (rows["acme"]["status"], rows["acme"]["items"], rows["c1"]["status"]) == ("ok", 2, "ok")
    beta = rows["beta"]
    assert (beta["status"], beta["items"], beta["quarantined"]) == ("failed", 0, 1)
    assert beta["error"] == "extract_error: RuntimeError: extractor bug"
    assert result.crawl_dir is not None
    assert result.crawl_dir.name.startswith("crawl=")
    [line] = [q for q in read_jsonl(result.crawl_dir / "_quarantine.jsonl") if q["board"] == "beta"]
    assert line["reason"] == "extract_error"
    assert '"jobs"' in line["body"]
    assert result.extraction is not None
    assert result.extraction["workers"] == 2
    log = (home / "logs" / f"crawl-{result.crawl_id}.log").read_text()
    assert "RuntimeError: extractor bug" in log  # the traceback, for whoever fixes the extractor


def test_out_file_gets_each_page_as_one_block_in_fetch_order_and_no_archive(tmp_path):
    root, boards = tmp_path / "rec", [f"b{n}" for n in range(6)]
    jobs = {
        b: [gh_job(n * 10 + k + 1, f"Role {n}.{k}") for k in range(3)] for n, b in enumerate(boards)
    }
    for board, board_jobs in jobs.items():
        record_board(root, board, board_jobs)
    out = tmp_path / "export" / "all.jsonl"
    with ReplayServer(root) as srv:
        result = crawl_in_subprocess(
            "greenhouse",
            boards,
            week=WEEK,
            base_url=srv.base_url,
            out=out,
            home=tmp_path / "h",
            sources_file=write_sources(tmp_path / "sources.yaml", boards),
            settings={**FAST, "JOBWATCH_EXTRACT_WORKERS": 2},
        )
        base_url = srv.base_url
    lines = out.read_text(encoding="utf-8").splitlines()
    order = list(dict.fromkeys(json.loads(line)["board"] for line in lines))
    assert sorted(order) == boards
    assert len(lines) == 18
    for n, board in enumerate(order):  # contiguous blocks, each what the extractor gives
        block = lines[3 * n : 3 * n + 3]
        first = json.loads(block[0])
        url = f"{base_url}/v1/boards/{board}/jobs?content=true"
        expected = extract_jobs(
            board_body(jobs[board]).encode(),
            board=board,
            url=url,
            fetched_at=first["fetched_at"],
            crawl_id=result.crawl_id,
        )
        assert block == [dumps(item) for item in expected.items]
    assert sorted(p.name for p in out.parent.iterdir()) == ["all.jsonl"]  # archive removed
    assert result.extraction is not None
    assert result.extraction["pages"] == 6
