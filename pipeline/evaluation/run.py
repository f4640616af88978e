"""Run the evaluations: locate the data, run each dataset's module, attach the targets."""

from __future__ import annotations

import dataclasses
import importlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from jobwatch.core.errors import UserError

if TYPE_CHECKING:
    from collections.abc import Callable

    from jobwatch.pipeline.evaluation.measures import DatasetResult

# name -> (module under jobwatch.pipeline.evaluation, folder it needs under the data dir, or None)
DATASETS: dict[str, tuple[str, str | None]] = {
    "seniority": ("seniority_linkedin", "linkedin-arshkon-2023-titles"),
    "salary": ("salary_adzuna", "adzuna-uk-salary"),
    "skills": ("skills_skillspan", "skillspan"),
    "role": ("role_jobs_in_data", "jobs-in-data-2023"),
    "gold": ("gold_set", None),
}
TARGETS_FILE = Path(__file__).with_name("targets.yaml")
REPO_ROOT = Path(__file__).resolve().parents[2]


def default_data_dir() -> Path:
    """The eval data beside the repository: <repo>/../shared/eval."""
    return REPO_ROOT.parent / "shared" / "eval"


@cache
def targets() -> dict[str, float]:
    """Measure id -> minimum value, from targets.yaml."""
    data = yaml.safe_load(TARGETS_FILE.read_text(encoding="utf-8")) or {}
    return {str(key): float(value) for key, value in data.items()}


def _check_data(data_dir: Path, names: list[str]) -> None:
    if all(DATASETS[name][1] is None for name in names):
        return  # the gold set ships with the repo
    if not data_dir.is_dir():
        raise UserError(f"no evaluation data at {data_dir} (pass --data DIR, e.g. ../shared/eval)")
    for name in names:
        folder = DATASETS[name][1]
        if folder and not (data_dir / folder).is_dir():
            raise UserError(f"evaluation data folder missing: {data_dir / folder}")


def _with_targets(result: DatasetResult) -> DatasetResult:
    goals = targets()
    result.measures = [
        dataclasses.replace(m, target=goals.get(m.key, m.target)) for m in result.measures
    ]
    return result


def evaluate(
    data_dir: Path | None = None,
    only: list[str] | None = None,
    on_dataset: Callable[[str], None] | None = None,
) -> list[DatasetResult]:
    """Every (or the named) evaluation, in DATASETS order, with targets attached."""
    names = only or list(DATASETS)
    unknown = sorted(set(names) - set(DATASETS))
    if unknown:
        raise UserError(f"unknown evaluation {', '.join(unknown)}; one of {', '.join(DATASETS)}")
    root = (data_dir or default_data_dir()).expanduser()
    _check_data(root, names)
    results = []
    for name in names:
        if on_dataset:
            on_dataset(name)
        module = importlib.import_module(f"jobwatch.pipeline.evaluation.{DATASETS[name][0]}")
        results.append(_with_targets(module.evaluate(root)))
    return results
