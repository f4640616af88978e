"""What a crawl returns: its result from the run rows, an all-failed result, the out file."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from jobwatch.core.layout import out_quarantine
from jobwatch.crawlers.result import CrawlResult

if TYPE_CHECKING:
    from pathlib import Path

    from jobwatch.crawlers.plan import CrawlPlan


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


def result_of(plan: CrawlPlan, runs: list[dict[str, Any]], crawl_dir: Path | None) -> CrawlResult:
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
    return result_of(plan, runs, None)
