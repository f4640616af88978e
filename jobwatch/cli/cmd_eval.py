"""CLI command `jobwatch eval`: classifier accuracy on labeled data, against the targets."""

from __future__ import annotations

from pathlib import Path

import click

from jobwatch.cli.context import Context, pass_ctx
from jobwatch.cli.output import console, echo_json
from jobwatch.pipeline.evaluation.run import DATA_ENV, DATASETS


@click.command("eval")
@click.option(
    "--data",
    type=click.Path(path_type=Path),
    envvar=DATA_ENV,
    metavar="DIR",
    help=f"Folder holding the labeled eval datasets (or set ${DATA_ENV}). Required.",
)
@click.option(
    "--only",
    multiple=True,
    type=click.Choice(list(DATASETS)),
    help="Run only this evaluation (repeatable).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (docs/cli-json.md).")
@click.option("--check", is_flag=True, help="Exit 1 when any measure is below its target.")
@click.option(
    "--misses",
    default=0,
    metavar="N",
    help="Also print N misclassified examples per field (the gold set: from its dev half only).",
)
@pass_ctx
def eval_command(
    ctx: Context, data: Path | None, only: tuple[str, ...], as_json: bool, check: bool, misses: int
) -> None:
    """Measure role, seniority, salary, work mode, place and skills on labeled real postings.

    The gold set (real postings labelled by hand; labels and rules in
    pipeline/evaluation/real_gold/) and the third-party sets (LinkedIn titles, LinkedIn
    postings with their posters' levels, Adzuna salaries, SkillSpan, jobs-in-data) read their
    texts from --data DIR at run time: the data is not shipped. Every measure prints its
    definition and n; targets are in pipeline/evaluation/targets.yaml.

    \b
    Example:
      jobwatch eval --data ~/eval-data
      jobwatch eval --data ~/eval-data --check
      jobwatch eval --data ~/eval-data --only gold --misses 20
      JOBWATCH_EVAL_DATA=~/eval-data jobwatch eval --json > eval.json
    """
    from jobwatch.pipeline.evaluation import evaluate
    from jobwatch.pipeline.evaluation.report import as_json as to_json
    from jobwatch.pipeline.evaluation.report import render as render_tables
    from jobwatch.pipeline.evaluation.run import data_dir

    names = list(only) or list(DATASETS)
    root = data_dir(data, names)
    results = evaluate(root, names)
    if as_json:
        echo_json(to_json(results, str(root)))
    else:
        render_tables(results, console, misses)
    if check and not all(r.passed for r in results):
        click.get_current_context().exit(1)


COMMANDS: list[click.Command] = [eval_command]
