"""The run report published as a Prefect markdown artifact: health, changes, checks."""

from __future__ import annotations

from collections import Counter
from typing import Any

from jobwatch.flows.boards import report_section

ARTIFACT_KEY = "weekly-refresh-report"
# Above this many boards the health table lists only the boards that were not ok.
MAX_BOARD_ROWS = 200


def _cell(value: Any) -> str:
    """Table cell text: posting-derived strings must not break the markdown table."""
    text = "—" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    return lines + ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]


def _signed(value: float | int | None, unit: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:+,.0f}{unit}"


def plan_section(planned: dict[str, Any] | None, crawls: list[dict[str, Any]]) -> list[str]:
    """Per platform: the boards the plan gave the run, and how their crawls went."""
    if not planned:
        return []
    reprobes = f", {planned['reprobes']:,} of them disabled boards due a re-probe"
    lines = [
        "## Platforms and job boards",
        "",
        f"{planned['boards']:,} boards on {len(planned['platforms'])} platforms planned from "
        f"`{planned['registry']}`"
        + (reprobes if planned.get("reprobes") else "")
        + (" (AI companies only)" if planned.get("ai_only") else "")
        + ".",
        "",
    ]
    status: dict[str, Counter[str]] = {name: Counter() for name in planned["platforms"]}
    for crawl in crawls:
        seen = status.setdefault(crawl["source"], Counter())
        seen.update(run["status"] for run in crawl.get("runs", []))
        if crawl.get("error") and not crawl.get("runs"):  # a crawl task that crashed
            seen["failed"] += len(crawl.get("boards") or [crawl["source"]])
        seen["postings"] += int(crawl.get("items") or 0)
    counts = ("ok", "partial", "failed", "postings")
    rows = [
        [name, planned["platforms"].get(name, 0), *(n[k] for k in counts)]
        for name, n in status.items()
    ]
    headers = ["platform", "planned", "ok", "partial", "failed", "postings"]
    return lines + _table(headers, rows) + [""]


def health_section(crawls: list[dict[str, Any]]) -> list[str]:
    lines = ["## Sources and board health", ""]
    rows = []
    many = sum(len(crawl.get("runs", [])) for crawl in crawls) > MAX_BOARD_ROWS
    for crawl in crawls:
        for run in crawl.get("runs", []):
            if many and run["status"] == "ok":
                continue
            codes = ", ".join(f"{k}×{v}" for k, v in sorted((run.get("http_status") or {}).items()))
            rows.append(
                [
                    run["source"],
                    run["board"],
                    run["status"],
                    run.get("items", 0),
                    codes,
                    run.get("error") or "",
                ]
            )
        if crawl.get("error"):
            rows.append([crawl["source"], "(all)", "failed", 0, "", crawl["error"]])
    if not rows and not many:
        return [*lines, "No crawls ran.", ""]
    totals = {c["source"]: 0 for c in crawls}
    for crawl in crawls:
        totals[crawl["source"]] += int(crawl.get("items") or 0)
    listed = ", ".join(f"{source} {n:,}" for source, n in sorted(totals.items()))
    lines += [f"Postings crawled per source: {listed}.", ""]
    if many:
        lines += [f"More than {MAX_BOARD_ROWS} boards: only those not ok are listed.", ""]
    return lines + _table(["source", "board", "status", "postings", "HTTP", "error"], rows) + [""]


def changes_section(changes: dict[str, Any] | None) -> list[str]:
    lines = ["## What changed since last week", ""]
    if changes is None:
        return [*lines, "No warehouse was built in this run: nothing to compare.", ""]
    if changes["prev_week"] is None:
        first = f"Week {changes['week']} is the first in the warehouse: every posting is new."
        rows = [[s["source"], s["open_now"]] for s in changes["by_source"]]
        return [*lines, first, "", *_table(["source", "open"], rows), ""]
    delta = changes["open_now"] - changes["open_prev"]
    lines += [
        f"Open postings: {changes['open_now']:,} (week {changes['prev_week']}: "
        f"{changes['open_prev']:,}, {_signed(delta)}).",
        "",
    ]
    rows = [[s["source"], s["open_now"], s["new"], s["closed"]] for s in changes["by_source"]]
    lines += [*_table(["source", "open", "new this week", "closed this week"], rows), ""]
    moves = [
        [m["role"], m["open_positions"], _signed(m["open_positions_wow"])]
        for m in changes["open_moves"]
    ]
    lines += ["### Biggest moves in open positions", ""]
    lines += _table(["role", "open positions", "change"], moves) if moves else ["No change."]
    pay = [
        [
            m["role"],
            _signed(m["salary_median"]).lstrip("+"),
            _signed(m["salary_median_wow"]),
            m["salary_n"],
        ]
        for m in changes["salary_moves"]
    ]
    lines += ["", "### Biggest moves in median salary (annual USD)", ""]
    if not pay:
        return [*lines, "No shown median salary changed (or too few postings to show one).", ""]
    return lines + _table(["role", "median", "change", "n"], pay) + [""]


def checks_section(checks: list[str], failures: list[tuple[str, int]]) -> list[str]:
    lines = ["## Warehouse checks", ""]
    if failures:
        listed = ", ".join(f"`{name}` ({n} rows)" for name, n in failures)
        lines += [f"**Failed:** {listed}. The previous warehouse was kept.", ""]
    passed = [name for name in checks if name not in dict(failures)]
    lines += [f"{len(passed)} passed: " + ", ".join(f"`{n}`" for n in passed) if passed else ""]
    return [*lines, ""]


def damage_section(warehouse: dict[str, Any]) -> list[str]:
    """Damaged lake files this build found: set aside with the reason, the rest loaded."""
    found = warehouse.get("quarantined") or []
    if not found:
        return []
    lines = ["## Damaged lake files", "", "Set aside; everything else loaded (README: repair).", ""]
    rows = [[q["path"], q["reason"], q.get("detail")] for q in found]
    return lines + _table(["file", "reason", "detail"], rows) + [""]


def pages_section(pages: dict[str, Any] | None) -> list[str]:
    if pages is None:
        return []
    if "error" in pages:
        return ["## Comparison pages", "", f"**Failed:** {_cell(pages['error'])}", ""]
    if "unavailable" in pages:
        return ["## Comparison pages", "", f"Not rendered: {pages['unavailable']}.", ""]
    count = len(pages.get("pages") or [])
    lines = ["## Comparison pages", "", f"{count} pages in `{pages.get('out')}`."]
    if pages.get("skipped"):
        lines.append("Skipped: " + "; ".join(_cell(s) for s in pages["skipped"]) + ".")
    return [*lines, ""]


def run_report(
    summary: dict[str, Any],
    changes: dict[str, Any] | None,
    failures: list[tuple[str, int]] | None = None,
) -> str:
    """Markdown for one run of the weekly refresh."""
    failed = sorted({f"{r['source']}/{r['board']}" for r in summary.get("failed_boards", [])})
    head = [f"# Weekly refresh, week of {summary['week']}: {summary['status']}", ""]
    if failed:
        head += [f"Failed or partial boards: {', '.join(failed)}.", ""]
    if drops := summary.get("sudden_drops"):
        named = ", ".join(
            f"{d['source']}/{d['board']} ({d['items']} postings, median {d['recent_median']:g})"
            for d in drops
        )
        head += [f"Sudden drops, closing nothing until the next crawl confirms them: {named}.", ""]
    checks = (summary.get("warehouse") or {}).get("checks") or []
    crawls = summary.get("crawls", [])
    body = plan_section(summary.get("planned"), crawls) + health_section(crawls)
    body += changes_section(changes) + report_section(summary.get("boards"))
    body += damage_section(summary.get("warehouse") or {}) + pages_section(summary.get("pages"))
    return "\n".join(head + body + checks_section(checks, failures or []))
