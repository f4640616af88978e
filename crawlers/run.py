"""Run one crawl of one source: in-process (once per process) or in a child process (flows, CLI)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from jobwatch.core.errors import UserError
from jobwatch.core.layout import out_quarantine
from jobwatch.crawlers import platforms
from jobwatch.crawlers.extensions.run_log import RunLogExtension
from jobwatch.crawlers.logs import setup_logging
from jobwatch.crawlers.plan import CrawlPlan, make_plan, scrapy_settings
from jobwatch.crawlers.result import CrawlResult

__all__ = ["CrawlResult", "crawl", "crawl_in_subprocess", "main"]

_reactor_used = False  # Twisted's reactor cannot be restarted within one process
REPO_ROOT = Path(__file__).resolve().parent.parent


def crawl(
    source: str,
    boards: list[str] | None = None,
    *,
    week: dt.date | None = None,
    base_url: str | None = None,
    out: Path | str | None = None,
    home: Path | str | None = None,
    sources_file: Path | str | None = None,
    settings: dict[str, Any] | None = None,
) -> CrawlResult:
    """Crawl `source` (its boards in the sources file, or `boards`) with Scrapy in this process."""
    plan = make_plan(
        source,
        boards,
        week=week,
        base_url=base_url,
        out=out,
        home=home,
        sources_file=sources_file,
        settings=settings,
    )
    return run_plan(plan)


def run_plan(plan: CrawlPlan, *, signals: bool = True) -> CrawlResult:
    global _reactor_used
    if _reactor_used:
        raise RuntimeError("crawl() runs once per process (Twisted); use crawl_in_subprocess()")
    _reactor_used = True
    from scrapy.crawler import CrawlerProcess

    settings = scrapy_settings(plan)
    setup_logging(settings)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(platforms.spider(plan.source))
    errors: list[str] = []
    done = process.crawl(
        crawler, boards=plan.boards, base_url=plan.base_url, sources_file=plan.sources_file
    )
    done.addErrback(lambda failure: errors.append(failure.getErrorMessage()))
    # Signal handlers (graceful Ctrl-C) can only be installed from the main thread.
    main_thread = threading.current_thread() is threading.main_thread()
    process.start(install_signal_handlers=signals and main_thread)
    ext = crawler.get_extension(RunLogExtension)
    runs = ext.runs if ext is not None else []
    if not runs:  # the spider never ran to its close: report every board failed
        reason = errors[0] if errors else "the crawl did not start"
        return publish_out(plan, failed_result(plan, f"crawl failed: {reason}"))
    result = _result(plan, runs, ext.final_dir if ext is not None else None)
    result.extraction = ext.extraction if ext is not None else None
    return publish_out(plan, result)


def publish_out(plan: CrawlPlan, result: CrawlResult) -> CrawlResult:
    """Out mode: rename the staged file (and its quarantine) over `out` unless every board
    failed; a failed crawl leaves an existing out file as it was (result.out is then None)."""
    staged = plan.staging_out
    if staged is None or plan.out is None:
        return result
    pairs = [(staged, plan.out), (out_quarantine(staged), out_quarantine(plan.out))]
    if result.status == "failed":
        for tmp, _ in pairs:
            tmp.unlink(missing_ok=True)
        result.out = None
        return result
    for tmp, final in pairs:
        if tmp.exists():
            os.replace(tmp, final)
        else:  # a quarantine file left by an earlier run belongs to the out file just replaced
            final.unlink(missing_ok=True)
    return result


def _result(plan: CrawlPlan, runs: list[dict[str, Any]], crawl_dir: Path | None) -> CrawlResult:
    return CrawlResult(
        crawl_id=plan.crawl_id,
        source=plan.source,
        week=plan.week,
        crawl_dir=crawl_dir,
        out=plan.out,
        runs=runs,
        items=sum(r["items"] for r in runs),
        quarantined=sum(r["quarantined"] for r in runs),
    )


def failed_result(plan: CrawlPlan, error: str) -> CrawlResult:
    """Every requested board failed with `error` (nothing published: a `.tmp-` dir is ignored)."""
    from jobwatch.crawlers.health import run_row

    runs = [
        run_row(
            {},
            crawl_id=plan.crawl_id,
            source=plan.source,
            week=plan.week.isoformat(),
            board=board,
            closing_reason="error",
        )
        | {"error": error}
        for board in plan.boards
    ]
    return _result(plan, runs, None)


def crawl_in_subprocess(
    source: str,
    boards: list[str] | None = None,
    *,
    week: dt.date | None = None,
    base_url: str | None = None,
    out: Path | str | None = None,
    home: Path | str | None = None,
    sources_file: Path | str | None = None,
    settings: dict[str, Any] | None = None,
) -> CrawlResult:
    """Same as crawl(), in `python -m jobwatch.crawlers.run`; the result comes back as JSON."""
    plan = make_plan(
        source,
        boards,
        week=week,
        base_url=base_url,
        out=out,
        home=home,
        sources_file=sources_file,
        settings=settings,
    )
    with tempfile.TemporaryDirectory(prefix="jobwatch-crawl-") as tmp:
        result_file = Path(tmp) / "result.json"
        proc = subprocess.run(
            _child_argv(plan, result_file), env=_child_env(), capture_output=True, text=True
        )
        sys.stderr.write(proc.stderr)  # the child's console log: warnings and errors only
        return _read_child_result(plan, proc, result_file)


def _child_argv(plan: CrawlPlan, result_file: Path) -> list[str]:
    argv = [
        sys.executable,
        "-m",
        "jobwatch.crawlers.run",
        plan.source,
        "--week",
        plan.week.isoformat(),
    ]
    argv += ["--boards", ",".join(plan.boards), "--home", str(plan.home)]
    argv += ["--crawl-id", plan.crawl_id, "--result-file", str(result_file), "--as-child"]
    argv += ["--settings-json", json.dumps(plan.settings)]
    for flag, value in (("--base-url", plan.base_url), ("--out", plan.out)):
        if value:
            argv += [flag, str(value)]
    if plan.sources_file:
        argv += ["--sources-file", str(plan.sources_file)]
    return argv


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return env


def _read_child_result(
    plan: CrawlPlan, proc: subprocess.CompletedProcess[str], result_file: Path
) -> CrawlResult:
    try:
        data = json.loads(result_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict) and "user_error" in data:
        raise UserError(data["user_error"])
    if proc.returncode == 0 and isinstance(data, dict):
        return CrawlResult.from_json(data)
    last = next((ln for ln in reversed(proc.stderr.splitlines()) if ln.strip()), "no output")
    return publish_out(
        plan, failed_result(plan, f"crawl process exited with code {proc.returncode}: {last}")
    )


def main(argv: list[str] | None = None) -> int:
    """`python -m jobwatch.crawlers.run greenhouse [--boards a,b] [--out FILE] ...`"""
    parser = argparse.ArgumentParser(prog="python -m jobwatch.crawlers.run", description=__doc__)
    parser.add_argument("source")
    for flag in ("--boards", "--week", "--base-url", "--out", "--home", "--sources-file"):
        parser.add_argument(flag)
    parser.add_argument("--settings-json", default="{}")
    parser.add_argument("--crawl-id")
    parser.add_argument("--result-file", type=Path)
    # Started by crawl_in_subprocess: Ctrl-C is the parent's to handle (it kills this process
    # before anything is published); a graceful Scrapy shutdown here would publish a cut crawl.
    parser.add_argument("--as-child", action="store_true")
    args = parser.parse_args(argv)
    if args.as_child:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        plan = make_plan(
            args.source,
            args.boards,
            week=dt.date.fromisoformat(args.week) if args.week else None,
            base_url=args.base_url,
            out=args.out,
            home=args.home,
            sources_file=args.sources_file,
            settings=json.loads(args.settings_json),
            crawl_id=args.crawl_id,
        )
    except (UserError, ValueError) as exc:
        _write_result(args.result_file, {"user_error": str(exc)})
        print(f"error: {exc}", file=sys.stderr)
        return 2
    result = run_plan(plan, signals=not args.as_child)
    _write_result(args.result_file, result.to_json())
    if args.result_file is None:
        print(json.dumps(result.to_json(), indent=2))
    return 0


def _write_result(path: Path | None, data: dict[str, Any]) -> None:
    if path is None:
        return
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, path)


if __name__ == "__main__":
    sys.exit(main())
