"""Run one crawl in a child process (`python -m jobwatch.crawlers.run`), its result as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobwatch.core.errors import UserError
from jobwatch.crawlers.outcome import failed_result, publish_out
from jobwatch.crawlers.plan import make_plan
from jobwatch.crawlers.result import CrawlResult

if TYPE_CHECKING:
    import datetime as dt

    from jobwatch.crawlers.plan import CrawlPlan

REPO_ROOT = Path(__file__).resolve().parent.parent


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
