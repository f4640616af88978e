"""CLI command `jobwatch eval`: classifier accuracy on labeled data, against the targets."""

from __future__ import annotations

from pathlib import Path

import click

from jobwatch.cli import render
from jobwatch.cli.context import Context, echo_json, pass_ctx


@click.command("eval")
@click.option(
    "--data",
    type=click.Path(path_type=Path),
    metavar="DIR",
    help="Folder of the labeled eval datasets. Default: <repo>/../shared/eval",
)
@click.option(
    "--only",
    multiple=True,
    type=click.Choice(["seniority", "salary", "skills", "role", "gold"]),
    help="Run only this evaluation (repeatable).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
@click.option("--check", is_flag=True, help="Exit 1 when any measure is below its target.")
@click.option("--misses", default=0, metavar="N", help="Also print N misclassified examples each.")
@pass_ctx
def eval_command(
    ctx: Context, data: Path | None, only: tuple[str, ...], as_json: bool, check: bool, misses: int
) -> None:
    """Measure role, seniority, salary, skills and location on labeled data.

    Third-party datasets (LinkedIn titles, Adzuna salaries, SkillSpan, jobs-in-data) are read
    from --data at run time; the project's own gold set ships with the repo. Targets are in
    pipeline/evaluation/targets.yaml.

    \b
    Example:
      jobwatch eval
      jobwatch eval --data ../shared/eval --check
      jobwatch eval --only salary --misses 20
      jobwatch eval --json > eval.json
    """
    from jobwatch.pipeline.evaluation import default_data_dir, evaluate
    from jobwatch.pipeline.evaluation.report import as_json as to_json
    from jobwatch.pipeline.evaluation.report import render as render_tables

    root = data or default_data_dir()
    results = evaluate(root, list(only) or None)
    if as_json:
        echo_json(to_json(results, str(root)))
    else:
        render_tables(results, render.console, misses)
    if check and not all(r.passed for r in results):
        click.get_current_context().exit(1)


COMMANDS: list[click.Command] = [eval_command]
