"""Crawl throughput: N Greenhouse boards x M postings on loopback, jobwatch's spider vs a bare one.

The bare spider fetches the same URLs with the same Scrapy settings and only counts responses:
the practical limit of Scrapy on this machine. "bare+json" also parses each body and counts its
jobs (the least any extractor does). Each run is a child process timed inside the child from
CrawlerProcess creation to close, so interpreter start-up is left out of all of them.

jobwatch's crawl has two phases, timed apart inside its child: the spider phase (fetch and archive
every page, until extraction starts when the spider closes; the aim is judged on it) and the
extraction phase (the archived pages through the extractors on every core). End to end is the
whole crawl, printed beside the spider phase so nobody is misled. RSS: peak of each crawl process,
and of the largest extraction worker. Each spider runs `--repeat` times, alternating; every column
shows its fastest run.

Example:
  .venv/bin/python benchmarks/crawl_throughput.py --boards 20 --postings 100 500
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
WEEK = "2026-11-09"
# Same for both spiders: no politeness delays against our own loopback server.
SETTINGS = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "WARNING",
    "RETRY_ENABLED": False,
}
PARAGRAPH = (
    "<p>You will train, evaluate and ship <strong>machine learning</strong> models with PyTorch, "
    "own feature pipelines in Python and SQL, and work with product teams on retrieval and "
    "ranking.</p><ul><li>5+ years</li><li>Kubernetes</li></ul>"
)


def job(board: int, n: int) -> dict[str, Any]:
    """One posting in the shape of the Greenhouse board API (content HTML-escaped, ~1.7 KB)."""
    return {
        "absolute_url": f"https://job-boards.greenhouse.io/b{board}/jobs/{n}",
        "internal_job_id": n,
        "id": board * 1_000_000 + n + 1,
        "requisition_id": f"R-{n}",
        "location": {"name": "Remote - US"},
        "metadata": None,
        "updated_at": "2026-11-02T10:00:00-05:00",
        "first_published": "2026-10-20T09:30:00-04:00",
        "title": "Machine Learning Engineer" if n % 2 else "Senior Data Scientist",
        "company_name": f"Company {board}",
        "language": "en",
        "content": html.escape(PARAGRAPH * 4),
        "departments": [{"id": 7, "name": "Research", "child_ids": [], "parent_id": None}],
        "offices": [],
        "pay_input_ranges": [
            {"min_cents": 15000000, "max_cents": 20000000, "currency_type": "USD"}
        ],
    }


def record(root: Path, boards: int, postings: int) -> Path:
    """Recorded board bodies under root/greenhouse/week=W and a sources file listing them."""
    week_dir = root / "greenhouse" / f"week={WEEK}"
    week_dir.mkdir(parents=True, exist_ok=True)
    for b in range(boards):
        jobs = [job(b, n) for n in range(postings)]
        body = json.dumps({"jobs": jobs, "meta": {"total": postings}})
        (week_dir / f"b{b}.json").write_text(body, encoding="utf-8")
    sources = root / "sources.yaml"
    lines = (f"- {{company: C{b}, platform: greenhouse, board: b{b}}}" for b in range(boards))
    sources.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sources


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_jobwatch(base_url: str, sources: str, home: str) -> dict[str, Any]:
    from jobwatch.crawlers.plan import make_plan
    from jobwatch.crawlers.run import run_plan

    plan = make_plan(
        "greenhouse", base_url=base_url, home=home, sources_file=sources, settings=SETTINGS
    )
    start = time.time()  # epoch seconds: the extraction stamps in the result are epoch too
    result = run_plan(plan)
    elapsed = time.time() - start
    ext = result.extraction or {}
    if not ext:
        raise SystemExit("the crawl reported no extraction phase")
    return {
        "items": result.items,
        "pages": len(result.runs),
        "elapsed": elapsed,
        "status": result.status,
        "spider": ext["started_at"] - start,
        "extract": ext["finished_at"] - ext["started_at"],
        "workers": ext["workers"],
        "workers_rss_mb": ext["workers_rss_mb"],
    }


def child_bare(base_url: str, sources: str, home: str, parse: bool = False) -> dict[str, Any]:
    """Fetch every board and count the responses (with `parse`, also json.loads each body and
    count its jobs: the least any extractor must do)."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    from jobwatch.crawlers.sources import boards_for

    counts = {"pages": 0, "bytes": 0, "items": 0}

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self):  # type: ignore[override]
            for board in boards_for("greenhouse", sources):
                yield scrapy.Request(f"{base_url}/v1/boards/{board}/jobs?content=true")

        def parse(self, response):  # type: ignore[override]
            counts["pages"] += 1
            counts["bytes"] += len(response.body)
            if parse:
                counts["items"] += len(json.loads(response.body)["jobs"])

    start = time.perf_counter()  # like run_plan: process creation and start-up included
    process = CrawlerProcess({**SETTINGS, "TELNETCONSOLE_ENABLED": False})
    process.crawl(Bare)
    process.start()
    return {
        "items": counts["items"],
        "pages": counts["pages"],
        "elapsed": time.perf_counter() - start,
        "status": "ok",
    }


def run_child(kind: str, base_url: str, sources: Path, home: Path) -> dict[str, Any]:
    argv = [sys.executable, __file__, "--child", kind, base_url, str(sources), str(home)]
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"{kind} child failed:\n{proc.stderr[-2000:]}")
    return json.loads(lines[-1])


def best(runs: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return min(runs, key=lambda run: run[key])


def measure(boards: int, postings: int, repeat: int = 1) -> list[str]:
    """The three spiders alternately, `repeat` times; each column the fastest of its runs (the
    one least disturbed by other work on the machine)."""
    from jobwatch.crawlers.replay import ReplayServer

    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "bare+json": [], "jobwatch": []}
    with tempfile.TemporaryDirectory(prefix="jobwatch-bench-") as tmp:
        root = Path(tmp)
        sources = record(root, boards, postings)
        with ReplayServer(root) as srv:
            for n in range(repeat):
                for kind, found in runs.items():
                    found.append(run_child(kind, srv.base_url, sources, root / f"home-{kind}-{n}"))
    bare, parsed = best(runs["bare"], "elapsed"), best(runs["bare+json"], "elapsed")
    ours = best(runs["jobwatch"], "elapsed") | {
        key: best(runs["jobwatch"], key)[key] for key in ("spider", "extract")
    }
    total = boards * postings
    if ours["items"] != total or parsed["items"] != total:
        raise SystemExit(f"jobwatch wrote {ours['items']} of {total} postings ({ours['status']})")
    bare_rate = total / bare["elapsed"]
    rate = {
        name: total / seconds
        for name, seconds in (
            ("json", parsed["elapsed"]),
            ("spider", ours["spider"]),
            ("extract", ours["extract"]),
            ("e2e", ours["elapsed"]),
        )
    }
    workers_rss = ours["workers_rss_mb"]
    rss = f"{bare['rss_mb']:.0f} / {ours['rss_mb']:.0f} / "
    rss += f"{workers_rss:.0f}" if workers_rss is not None else "-"
    return [
        f"{boards}",
        f"{postings}",
        f"{total:,}",
        f"{bare_rate:,.0f}",
        f"{rate['json']:,.0f}",
        f"{rate['spider']:,.0f}",
        f"{bare_rate / rate['spider']:.2f}x",
        f"{rate['extract']:,.0f} ({ours['workers']})",
        f"{rate['e2e']:,.0f}",
        f"{bare_rate / rate['e2e']:.2f}x",
        rss,
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boards", type=int, nargs="+", default=[20], help="N boards (list ok)")
    parser.add_argument(
        "--postings", type=int, nargs="+", default=[100, 500], help="M postings per board (list ok)"
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of each spider, fastest reported (default 3)"
    )
    args = parser.parse_args(argv)
    head = [
        "boards",
        "per board",
        "postings",
        "bare items/s",
        "bare+json items/s",
        "spider items/s",
        "spider vs bare",
        "extract items/s (workers)",
        "end-to-end items/s",
        "e2e vs bare",
        "RSS MB bare / crawl / worker",
    ]
    rows = [measure(n, m, args.repeat) for n in args.boards for m in args.postings]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    print("  ".join(h.rjust(w) for h, w in zip(head, widths, strict=True)))
    for row in rows:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, base_url, sources, home = sys.argv[2:6]
        if kind == "jobwatch":
            out = child_jobwatch(base_url, sources, home)
        else:
            out = child_bare(base_url, sources, home, parse=kind == "bare+json")
        print(json.dumps(out | {"rss_mb": peak_rss_mb()}))
    else:
        main()
