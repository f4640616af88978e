"""Run the evaluations: locate the data, run each dataset's module, attach the targets."""

from __future__ import annotations

import dataclasses
import importlib
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from jobwatch.core.errors import UserError

if TYPE_CHECKING:
    from collections.abc import Callable

    from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure

# name -> (module[:function] under jobwatch.pipeline.evaluation (function default: evaluate),
# the folders it reads under the data dir)
DATASETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "gold": (
        "real_gold",
        (
            "linkedin-arshkon-2024-descriptions",
            "linkedin-brightdata-sample-2024",
            "ats-api-fixtures",
            "hn-whoishiring",
        ),
    ),
    "work_mode": ("work_mode_linkedin", ("linkedin-arshkon-2024-descriptions",)),
    "seniority": ("seniority_linkedin", ("linkedin-arshkon-2023-titles",)),
    "seniority_posters": (
        "seniority_posters",
        ("linkedin-arshkon-2024-descriptions", "linkedin-brightdata-sample-2024"),
    ),
    "seniority_dev": (
        "seniority_dev",
        ("linkedin-arshkon-2024-descriptions", "linkedin-brightdata-sample-2024"),
    ),
    "salary": ("salary_adzuna", ("adzuna-uk-salary",)),
    "salary_text": ("salary_linkedin", ("linkedin-arshkon-2024-descriptions",)),
    "salary_text_brightdata": (
        "salary_linkedin:evaluate_brightdata",
        ("linkedin-brightdata-sample-2024",),
    ),
    "skills": ("skills_skillspan", ("skillspan",)),
    "role": ("role_jobs_in_data", ("jobs-in-data-2023",)),
}
DATA_ENV = "JOBWATCH_EVAL_DATA"
TARGETS_FILE = Path(__file__).with_name("targets.yaml")


@dataclass(frozen=True)
class Target:
    """A fixed minimum, or another measure of the same evaluation (a baseline) to reach or pass."""

    minimum: float | None
    of: str | None = None  # "x: '>= y'": at least measure y's value; "x: '> y'": above it
    strict: bool = False


@cache
def targets() -> dict[str, Target]:
    """Measure id -> its target, from targets.yaml."""
    data = yaml.safe_load(TARGETS_FILE.read_text(encoding="utf-8")) or {}
    return {str(key): _target(value) for key, value in data.items()}


def _target(value: object) -> Target:
    if isinstance(value, int | float):
        return Target(float(value))
    text = str(value).strip()
    strict = not text.startswith(">=")
    if not text.startswith(">"):
        raise ValueError(f"{TARGETS_FILE.name}: a target is a number, '>= KEY' or '> KEY': {text}")
    return Target(None, text.lstrip(">=").strip(), strict)


def folders(names: list[str]) -> list[str]:
    """The dataset folders the named evaluations read, each once, in DATASETS order."""
    return list(dict.fromkeys(f for name in names for f in DATASETS[name][1]))


def data_dir(given: Path | None, names: list[str]) -> Path:
    """--data, else $JOBWATCH_EVAL_DATA; UserError naming the folders needed when neither is
    there or a folder is missing (there is no default: the data is third-party, not shipped)."""
    needed = folders(names)
    root = given or (Path(os.environ[DATA_ENV]) if os.environ.get(DATA_ENV) else None)
    if root is None:
        raise UserError(
            f"no evaluation data: pass --data DIR or set {DATA_ENV} to the folder holding "
            f"{', '.join(needed)}"
        )
    root = root.expanduser()
    missing = [f for f in needed if not (root / f).is_dir()]
    if missing:
        raise UserError(f"evaluation data folder(s) missing under {root}: {', '.join(missing)}")
    return root


def _with_targets(result: DatasetResult) -> DatasetResult:
    goals = targets()
    values = {m.key: m.value for m in result.measures}
    result.measures = [
        _held(m, goals[m.key], values) if m.key in goals else m for m in result.measures
    ]
    return result


def _held(measure: Measure, goal: Target, values: dict[str, float | None]) -> Measure:
    if goal.of is None:
        return dataclasses.replace(measure, target=goal.minimum)
    if goal.of not in values:
        raise ValueError(f"{TARGETS_FILE.name}: {measure.key} is held to {goal.of}, not measured")
    baseline = values[goal.of]
    # Nothing to compare with is never a pass: NaN fails both >= and >.
    target = float("nan") if baseline is None else baseline
    return dataclasses.replace(measure, target=target, strict=goal.strict, target_of=goal.of)


def evaluate(
    data: Path | None = None,
    only: list[str] | None = None,
    on_dataset: Callable[[str], None] | None = None,
) -> list[DatasetResult]:
    """Every (or the named) evaluation, in DATASETS order, with targets attached."""
    names = only or list(DATASETS)
    unknown = sorted(set(names) - set(DATASETS))
    if unknown:
        raise UserError(f"unknown evaluation {', '.join(unknown)}; one of {', '.join(DATASETS)}")
    root = data_dir(data, names)
    results = []
    for name in names:
        if on_dataset:
            on_dataset(name)
        module_name, _, function = DATASETS[name][0].partition(":")
        module = importlib.import_module(f"jobwatch.pipeline.evaluation.{module_name}")
        results.append(_with_targets(getattr(module, function or "evaluate")(root)))
    return results
