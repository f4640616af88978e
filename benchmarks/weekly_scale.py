"""Weeks of `jobwatch refresh` over a synthetic Greenhouse mirror on loopback: per-stage time and
the peak memory of every process, week by week (issue 14's targets: every week's post-crawl part
<= 180 s, no process >= 2 GB, the last week within 1.25x of week 2).

The mirror: BOARDS boards of POSTINGS jobs each, their text taken from the bundled sample's jobs
(real-looking descriptions, titles, places, salaries); every week ~CHURN of each board's jobs
close and as many open, some of them copies of older jobs (clusters merge across weeks).

    .venv/bin/python benchmarks/weekly_scale.py --boards 2000 --weeks 6 \\
        --set DOWNLOAD_DELAY=0 --set AUTOTHROTTLE_ENABLED=False
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.sample import SAMPLE_ROOT

FIRST_WEEK = dt.date(2026, 9, 7)
STAGES = (  # (stage, the progress line that starts it)
    ("crawl", "crawl "),
    ("normalize", "normalize: started"),
    ("load", "load: building"),
    ("export+pages", "export: week"),
)


def template_jobs() -> list[dict[str, Any]]:
    jobs = []
    for body in sorted(SAMPLE_ROOT.glob("greenhouse/week=*/*.json")):
        jobs += json.loads(body.read_text(encoding="utf-8"))["jobs"]
    return jobs


def job(template: dict[str, Any], board: int, n: int) -> dict[str, Any]:
    copy = dict(template)
    copy["id"] = board * 1_000_000 + n
    copy["internal_job_id"] = copy["id"]
    copy["requisition_id"] = f"R{board}-{n}"
    copy["company_name"] = f"Company {board:05d}"
    copy["absolute_url"] = f"https://job-boards.greenhouse.io/b{board:05d}/jobs/{copy['id']}"
    return copy


def write_mirror(root: Path, boards: int, postings: int, weeks: int, churn: float) -> Path:
    """root/greenhouse/week=W/b<NNNNN>.json for every week, and the registry file."""
    rng, pool = random.Random(14), template_jobs()
    open_jobs = {b: list(range(postings)) for b in range(boards)}
    next_id = dict.fromkeys(range(boards), postings)
    texts = {b: {n: rng.randrange(len(pool)) for n in range(postings)} for b in range(boards)}
    for w in range(weeks):
        folder = root / "greenhouse" / f"week={FIRST_WEEK + dt.timedelta(weeks=w)}"
        folder.mkdir(parents=True)
        for b in range(boards):
            if w:
                closing = set(rng.sample(open_jobs[b], int(len(open_jobs[b]) * churn)))
                open_jobs[b] = [n for n in open_jobs[b] if n not in closing]
                for _ in closing:  # a new job; one in four reposts an older job's text
                    n, next_id[b] = next_id[b], next_id[b] + 1
                    old = rng.choice(list(texts[b].values()))
                    texts[b][n] = old if rng.random() < 0.25 else rng.randrange(len(pool))
                    open_jobs[b].append(n)
            body = {"jobs": [job(pool[texts[b][n]], b, n) for n in open_jobs[b]]}
            (folder / f"b{b:05d}.json").write_text(json.dumps(body), encoding="utf-8")
    registry = root / "sources.yaml"
    lines = [
        f'- {{company: "Company {b:05d}", platform: greenhouse, board: b{b:05d}}}'
        for b in range(boards)
    ]
    registry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return registry


class Peaks:
    """Polls a process tree: the peak RSS of every process, by pid, and the CPU time (user +
    system) of the whole tree so far, processes that have exited included (as last seen)."""

    def __init__(self, root: psutil.Process) -> None:
        self.root, self.peak, self.name = root, dict[int, int](), dict[int, str]()
        self.cpu: dict[int, float] = {}
        self.done = threading.Event()
        threading.Thread(target=self._poll, daemon=True).start()

    def _poll(self) -> None:
        while not self.done.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            for proc in procs:
                try:
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                    rss = proc.memory_info().rss
                    if rss > self.peak.get(proc.pid, 0):
                        self.peak[proc.pid] = rss
                        self.name.setdefault(proc.pid, " ".join(proc.cmdline()[1:4])[-48:])
                except psutil.Error:
                    continue
            time.sleep(0.05)

    def cpu_s(self) -> float:
        return sum(self.cpu.values())

    def top(self) -> tuple[int, str]:
        pid = max(self.peak, key=lambda p: self.peak[p])
        return self.peak[pid], self.name.get(pid, "?")


def run_week(home: Path, mirror: Path, registry: Path, week: dt.date, sets: list[str]) -> dict:
    args = ["--week", week.isoformat(), "--sources-file", str(registry), "--json"]
    args += [a for s in sets for a in ("--set", s)]
    with ReplayServer(mirror, week=week) as server:
        cmd = [sys.executable, "-m", "jobwatch", "--home", str(home), "refresh", *args]
        cmd += ["--base-url", server.base_url]
        started = time.monotonic()
        out_file = home.parent / f"summary-{week}.json"  # a file: a full pipe would block it
        with out_file.open("w") as out_handle:
            proc = subprocess.Popen(cmd, stdout=out_handle, stderr=subprocess.PIPE, text=True)
        peaks = Peaks(psutil.Process(proc.pid))
        marks: dict[str, float] = {}
        cpu: dict[str, float] = {}
        assert proc.stderr is not None
        for line in proc.stderr:
            for stage, prefix in STAGES:
                if line.startswith(prefix) and stage not in marks:
                    marks[stage], cpu[stage] = time.monotonic(), peaks.cpu_s()
            if line.startswith("crawl ") and "boards" in line:
                marks["crawled"], cpu["crawled"] = time.monotonic(), peaks.cpu_s()
        proc.wait()
        out = out_file.read_text(encoding="utf-8")
        ended = time.monotonic()
        time.sleep(0.1)  # one more poll: the last CPU seconds of the exiting processes
        peaks.done.set()
        cpu["end"] = peaks.cpu_s()
    if proc.returncode != 0:
        raise SystemExit(f"refresh of {week} failed ({proc.returncode}): {out[-2000:]}")
    summary = json.loads(out)
    rss, name = peaks.top()
    times = {
        "crawl": marks["crawled"] - marks["crawl"],
        "normalize": marks["load"] - marks["normalize"],
        "load": marks["export+pages"] - marks["load"],
        "export+pages": ended - marks["export+pages"],
        "post-crawl": ended - marks["crawled"],
        "total": ended - started,
    }
    cpus = {
        "normalize": cpu["load"] - cpu["normalize"],
        "load": cpu["export+pages"] - cpu["load"],
        "export+pages": cpu["end"] - cpu["export+pages"],
        "post-crawl": cpu["end"] - cpu["crawled"],
    }
    return {
        "week": week.isoformat(),
        "times": times,
        "cpu": cpus,
        "load_avg": os.getloadavg()[0],
        "postings": summary["normalized"]["postings"],
        "loaded": len(summary["warehouse"].get("loaded") or []),
        "peak_mb": rss / 2**20,
        "peak_process": name,
    }


def table(rows: list[dict]) -> str:
    """Wall seconds, then CPU seconds of every process in brackets: CPU time is what the host's
    load disturbs least."""
    head = "| week | crawl s | normalize s [cpu] | load + checks s [cpu] | export + pages s [cpu] |"
    head += " post-crawl s [cpu] | postings | peak RSS (process) | load avg |"
    lines = [head, "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        t, c = r["times"], r["cpu"]
        cells = [f"{t[s]:.1f} [{c[s]:.0f}]" for s in ("normalize", "load", "export+pages")]
        lines.append(
            f"| {r['week']} | {t['crawl']:.0f} | {' | '.join(cells)} |"
            f" {t['post-crawl']:.1f} [{c['post-crawl']:.0f}] | {r['postings']:,} |"
            f" {r['peak_mb']:,.0f} MB ({r['peak_process']}) | {r['load_avg']:.1f} |"
        )
    if len(rows) >= 2:
        base, last = rows[1], rows[-1]
        ratio_t = last["times"]["post-crawl"] / base["times"]["post-crawl"]
        ratio_m = last["peak_mb"] / base["peak_mb"]
        ratio_c = last["cpu"]["post-crawl"] / base["cpu"]["post-crawl"]
        lines.append(f"\nweek {len(rows)} vs week 2: post-crawl time {ratio_t:.2f}x")
        lines[-1] += f" (CPU time {ratio_c:.2f}x), peak memory {ratio_m:.2f}x"
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--boards", type=int, default=200)
    parser.add_argument("--weeks", type=int, default=3)
    parser.add_argument("--postings", type=int, default=40, help="open jobs per board")
    parser.add_argument("--churn", type=float, default=0.10)
    parser.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--keep", type=Path, help="keep the mirror and home here")
    parser.add_argument(
        "--mirror", type=Path, help="a mirror an earlier run kept (--keep DIR: DIR/mirror), reused"
    )
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="jobwatch-weekly-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.mirror:
            registry, mirror = args.mirror / "sources.yaml", args.mirror
        else:
            mirror = work / "mirror"
            registry = write_mirror(mirror, args.boards, args.postings, args.weeks, args.churn)
        rows = []
        for w in range(args.weeks):
            week = FIRST_WEEK + dt.timedelta(weeks=w)
            rows.append(run_week(work / "home", mirror, registry, week, args.sets))
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
        print(table(rows))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
