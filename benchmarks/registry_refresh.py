"""A weekly refresh over every enabled board of the shipped registry, served by the loopback
stand-in (tests/standin.py: each platform's recorded-format fixture answers for any of its
boards): the run completes, and its report lists every platform and job board. Prints the time
of the refresh and a table per platform.

    PYTHONPATH=. .venv/bin/python benchmarks/registry_refresh.py \\
        --set DOWNLOAD_DELAY=0 --set AUTOTHROTTLE_ENABLED=False --set REMOTIVE_MIN_DELAY=0

`--limit N` takes the first N boards of each platform (a quicker run); `--keep DIR` keeps the
home (the warehouse and the run's logs).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from jobwatch.crawlers.registry_file import row_line
from jobwatch.crawlers.sources import Source, load_sources
from tests.crawlers.conftest import WEEK
from tests.standin import StandIn


def boards(limit: int | None) -> list[Source]:
    taken: Counter[str] = Counter()
    rows = []
    for source in load_sources():
        if source.enabled and (limit is None or taken[source.platform] < limit):
            taken[source.platform] += 1
            rows.append(source)
    return rows


def write_registry(rows: list[Source], path: Path) -> None:
    lines = [
        row_line({"company": s.company, "platform": s.platform, "board": s.board} | s.values())
        for s in rows
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def refresh(home: Path, base_url: str, registry: Path, sets: list[str]) -> tuple[float, Any]:
    cmd = [
        str(Path(sys.executable).with_name("jobwatch")), "--home", str(home), "refresh",
        "--week", WEEK.isoformat(), "--allow-any-week", "--base-url", base_url,
        "--sources-file", str(registry), "--json",
    ]  # fmt: skip
    for value in sets:
        cmd += ["--set", value]
    started = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.monotonic() - started
    if proc.returncode != 0:
        logs = sorted((home / "logs").glob("*.log"), key=lambda p: p.stat().st_mtime)
        tail = logs[-1].read_text(errors="replace")[-6000:] if logs else ""
        sys.exit(f"refresh exited {proc.returncode}:\n{proc.stderr[-3000:]}\n{tail}")
    return seconds, json.loads(proc.stdout)


def table(summary: dict[str, Any]) -> str:
    status: dict[str, Counter[str]] = {}
    for crawl in summary["crawls"]:
        seen = status.setdefault(crawl["source"], Counter())
        seen.update(run["status"] for run in crawl["runs"])
        seen["postings"] += int(crawl.get("items") or 0)
    lines = [
        "| platform | planned | ok | partial | failed | postings |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, planned in summary["planned"]["platforms"].items():
        n = status.get(name, Counter())
        cells = (planned, *(n[k] for k in ("ok", "partial", "failed", "postings")))
        lines.append(f"| {name} | " + " | ".join(f"{c:,}" for c in cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="boards per platform (default: all)")
    parser.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--keep", type=Path, help="keep the home here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="registry-refresh-"))
    try:
        rows = boards(args.limit)
        registry = work / "sources.yaml"
        write_registry(rows, registry)
        sites = [s for s in rows if s.platform == "jsonld"]
        home = args.keep or work / "home"
        with StandIn(work / "standin", sites, WEEK) as server:
            seconds, summary = refresh(home, server.base_url, registry, args.sets)
            requests = sum(server.hits.values())
        print(f"{len(rows):,} boards, {requests:,} requests, refresh {seconds:,.0f} s: "
              f"{summary['status']}")  # fmt: skip
        print(table(summary))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
