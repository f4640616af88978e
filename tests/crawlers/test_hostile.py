"""Hostile servers and inputs (issue 15): no response or line takes a process over 1 GB, and a
far-off Retry-After fails the board at once, saying why. Run through the CLI on loopback."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jobwatch.crawlers.replay import ReplayServer

WEEK = "2026-11-16"
GB = 1024  # MB
# Runs the command as its only child, so the child's peak RSS is the command's own.
PEAK = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, file=sys.stderr); "
    "sys.exit(code)"
)


def jobwatch(home: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], int]:
    """`jobwatch ARGS` as a user runs it; returns the process and its peak RSS in MB."""
    exe = shutil.which("jobwatch", path=str(Path(sys.executable).parent)) or "jobwatch"
    env = {**os.environ, "JOBWATCH_HOME": str(home), "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-c", PEAK, exe, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    *rest, peak = proc.stderr.rstrip("\n").split("\n")
    proc.stderr = "\n".join(rest)
    return proc, int(peak)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    week = tmp_path / "replay" / "greenhouse" / f"week={WEEK}"
    week.mkdir(parents=True)
    (week / "acme.json").write_text('{"jobs": []}')
    return tmp_path / "replay"


def crawl(root: Path, home: Path, fault: dict) -> tuple[subprocess.CompletedProcess[str], int]:
    with ReplayServer(root, faults={"acme": fault}) as srv:
        return jobwatch(
            home,
            "crawl",
            "greenhouse",
            "--board",
            "acme",
            "--base-url",
            srv.base_url,
            "--week",
            WEEK,
        )


def quarantined(home: Path) -> list[dict]:
    files = list((home / "raw").rglob("_quarantine.jsonl"))
    return [json.loads(line) for f in files for line in f.read_text().splitlines()]


@pytest.mark.parametrize(
    "fault",
    [
        pytest.param({"body": b'{"jobs": [' + b" " * (200 << 20) + b"]}"}, id="200 MB response"),
        pytest.param(
            {
                "body": gzip.compress(b" " * (1100 << 20), 9),
                "headers": {"Content-Encoding": "gzip"},
            },
            id="gzip bomb",
        ),
    ],
)
def test_an_oversized_response_fails_its_board_under_1_gb(root: Path, tmp_path: Path, fault):
    proc, peak = crawl(root, tmp_path / "home", fault)
    assert proc.returncode == 1
    assert peak < GB, peak
    assert "response over 50 MB (DOWNLOAD_MAXSIZE)" in proc.stdout
    assert "Traceback" not in proc.stderr + proc.stdout
    assert [q["reason"] for q in quarantined(tmp_path / "home")] == ["too_large"]


def test_a_far_off_retry_after_fails_the_board_at_once(root: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    proc, _ = crawl(root, tmp_path / "home", {"status": 429, "retry_after": 3600, "repeat": True})
    assert time.monotonic() - started < 60
    assert proc.returncode == 1
    assert "the server asked to wait 3600 s" in proc.stdout
    assert "RETRY_BOARD_WAIT_MAX" in proc.stdout


def test_a_50_mb_posting_line_is_quarantined_under_1_gb(tmp_path: Path) -> None:
    line = {
        "source": "greenhouse",
        "board": "acme",
        "source_id": "1",
        "title": "ML Engineer",
        "url": "https://example.com/1",
        "fetched_at": "2026-11-16T00:00:00Z",
        "payload": {},
        "description_html": "<p>" + "python " * ((50 << 20) // 7) + "</p>",
    }
    ok = dict(line, source_id="2", description_html="<p>Python and PyTorch</p>")
    raw = tmp_path / "in.jsonl"
    raw.write_text(json.dumps(line) + "\n" + json.dumps(ok) + "\n")
    proc, peak = jobwatch(
        tmp_path / "home", "normalize", "--in", str(raw), "--out", str(tmp_path / "out.jsonl")
    )
    assert proc.returncode == 0, proc.stderr
    assert peak < GB, peak
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 1
    reasons = [
        json.loads(x)["reason"]
        for x in (tmp_path / "out.quarantine.jsonl").read_text().splitlines()
    ]
    assert reasons == ["line_too_long"]


def test_deeply_nested_json_is_one_line_not_a_traceback(root: Path, tmp_path: Path) -> None:
    body = b'{"jobs": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    proc, _ = crawl(root, tmp_path / "home", {"body": body})
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert (proc.stderr + proc.stdout).count("RecursionError") == 1
    assert [q["reason"] for q in quarantined(tmp_path / "home")] == ["extract_error"]


@pytest.fixture
def full_disk(tmp_path: Path):
    """A 1 MB tmpfs as the home: the sample's pages fill it mid-crawl (needs root to mount)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mount = tmp_path / "tiny"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1M", "tmpfs", str(mount)], check=True)
    try:
        yield mount / "home"
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_during_a_crawl_is_a_few_lines_not_a_flood(full_disk: Path) -> None:
    import datetime as dt

    from jobwatch.crawlers.sample import SAMPLE_ROOT, SAMPLE_SOURCES

    with ReplayServer(SAMPLE_ROOT, week=dt.date(2026, 11, 16)) as srv:
        proc, _ = jobwatch(
            full_disk,
            "crawl",
            "greenhouse",
            "--base-url",
            srv.base_url,
            "--sources-file",
            str(SAMPLE_SOURCES),
            "--week",
            WEEK,
        )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.splitlines()) < 12, proc.stderr
    assert "No space left on device" in proc.stdout
