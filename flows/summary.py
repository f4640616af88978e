"""Plain-data summaries of each stage's result, so flows return JSON-able dicts."""

from __future__ import annotations

from typing import Any

from jobwatch.core.plain import plain_dict
from jobwatch.crawlers.result import STATUS_ORDER


def crawl_summary(result: Any) -> dict[str, Any]:
    """One source's crawl: its status (worst board) plus every board's run row."""
    summary = plain_dict(result)
    summary["status"] = result.status
    return summary


def crashed_crawl(source: str, boards: list[str] | None, error: str) -> dict[str, Any]:
    """A crawl task that failed after its retries: the source failed, the run goes on."""
    return {
        "source": source,
        "boards": boards,
        "status": "failed",
        "runs": [],
        "items": 0,
        "quarantined": 0,
        "error": error,
    }


def failed_sources(crawls: list[dict[str, Any]]) -> list[str]:
    """Sources whose crawl task itself failed after its retries. A board that failed or came
    back partial is a failed board (failed_boards), not a failed source: its source's other
    boards loaded."""
    return sorted({c["source"] for c in crawls if c.get("error")})


def failed_boards(crawls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [run for crawl in crawls for run in crawl.get("runs", []) if run["status"] != "ok"]


def board_names(runs: list[dict[str, Any]]) -> list[str]:
    """'source/board' of each run row, sorted: how a failed board is named to a user."""
    return sorted({f"{run['source']}/{run['board']}" for run in runs})


def run_status(crawls: list[dict[str, Any]]) -> str:
    """'completed with failed sources' when a crawl task failed, else 'completed with failed
    boards' when a board failed or came back partial, else 'completed'."""
    if failed_sources(crawls):
        return "completed with failed sources"
    return "completed with failed boards" if failed_boards(crawls) else "completed"


def listed(names: list[str], most: int = 10) -> str:
    """'a, b, c' or 'a, ..., j and 32 more': a state message stays one readable line."""
    shown = ", ".join(names[:most])
    return shown if len(names) <= most else f"{shown} and {len(names) - most} more"


def describe_crawl(summary: dict[str, Any]) -> str:
    """'10 boards ok, 1 failed; 312 postings' for progress lines."""
    statuses: dict[str, int] = {}
    for run in summary.get("runs", []):
        statuses[run["status"]] = statuses.get(run["status"], 0) + 1
    parts = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
    return f"boards {parts or 'none'}; {summary.get('items', 0)} postings"


def _worst(status: str) -> int:
    return STATUS_ORDER.get(status, 2)


def with_sudden_drops(summary: dict[str, Any], drops: list[dict[str, Any]]) -> None:
    """Mark the boards the warehouse holds as sudden drops partial in the run summary (their
    crawl said ok), and recompute what depends on the boards' statuses."""
    found = {(d["crawl_id"], d["board"]): d for d in drops}
    for run in (r for crawl in summary["crawls"] for r in crawl.get("runs", [])):
        if drop := found.get((run["crawl_id"], run["board"])):
            run.update(status="partial", error=drop["error"], sudden_drop=True)
    for crawl in summary["crawls"]:
        if crawl.get("runs"):
            crawl["status"] = max((r["status"] for r in crawl["runs"]), key=_worst)
    summary["sudden_drops"] = drops
    summary["failed_boards"] = failed_boards(summary["crawls"])
    summary["failed_sources"] = failed_sources(summary["crawls"])
    summary["status"] = run_status(summary["crawls"])
