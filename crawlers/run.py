"""Run one crawl of one source: in-process (once per process) or in a child process (flows, CLI)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from jobwatch.core.errors import UserError
from jobwatch.crawlers import platforms
from jobwatch.crawlers.extensions.run_log import RunLogExtension
from jobwatch.crawlers.logs import setup_logging
from jobwatch.crawlers.outcome import failed_result, publish_out, result_of
from jobwatch.crawlers.plan import CrawlPlan, make_plan, scrapy_settings
from jobwatch.crawlers.result import CrawlResult
from jobwatch.crawlers.run_child import REPO_ROOT, crawl_in_subprocess

__all__ = ["REPO_ROOT", "CrawlResult", "crawl", "crawl_in_subprocess", "main"]

_reactor_used = False  # Twisted's reactor cannot be restarted within one process


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
    result = result_of(plan, runs, ext.final_dir if ext is not None else None)
    result.extraction = ext.extraction if ext is not None else None
    return publish_out(plan, result)


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
