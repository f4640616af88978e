"""The README's examples run as shown after `make demo` (its two sample weeks): every `console`
block is run from the directory holding `./data`, with the venv's `jobwatch` on the PATH; the
commands it shows but cannot run here (a network, a server) are ones the CLI takes."""

from __future__ import annotations

import contextlib
import re
import shutil
import sys
from pathlib import Path

import click
import pytest

from jobwatch.cli.main import cli
from tests.cli.readme_examples import README, examples, matches, run_all, sh_commands

EVAL_DATA = Path(__file__).resolve().parents[3] / "shared" / "eval"


@pytest.mark.parametrize(
    ("expected", "actual", "same"),
    [
        (["a", "b"], ["a", "b"], True),
        (["a", "b"], ["a", "", "b  "], True),  # blank lines and trailing spaces are not compared
        (["a", "b"], ["a", "c"], False),
        (["a"], ["a", "b"], False),  # an undocumented extra line is a difference
        (["a", "b"], ["a"], False),
        (["...", "b"], ["a", "x", "b"], True),
        (["...", "b", "..."], ["b"], True),  # `...` may stand for no line at all
        (["...", "b"], ["a", "x", "c"], False),
        (["a", "...", "c", "d"], ["a", "c", "x", "c", "d"], True),
        (["total: ..."], ["total: 324 postings"], True),
        (["total: ..."], ["sum: 324"], False),
        (["total: 1 ..."], ["total: 2 postings"], False),
        (["total: ..."], [], False),
        ([], [], True),
    ],
)
def test_documented_output_matches_with_its_elisions(expected, actual, same) -> None:
    assert matches(expected, actual) is same


def test_the_readme_shows_the_commands_a_new_user_runs() -> None:
    commands = [e.command for e in examples()]
    for start in ("refresh --sample", "compare ", "sql ", "export", "eval --data "):
        assert any(c.startswith(f"jobwatch {start}") for c in commands), start
    assert any(c.startswith("jobwatch sql ") and "| " in c for c in commands)  # piped
    assert all(e.expected for e in examples())  # every example documents what it prints


@pytest.mark.timeout(1800)
def test_every_readme_example_runs_as_shown_after_make_demo(
    sample_home: dict, tmp_path: Path
) -> None:
    assert EVAL_DATA.is_dir(), f"evaluation data missing at {EVAL_DATA} (<repo>/../shared/eval)"
    clone, home = tmp_path / "clone", tmp_path / "home"
    # A copy: the examples refresh again, and the shared home stays as other tests expect it.
    shutil.copytree(sample_home["home"], clone / "data", symlinks=True)
    home.mkdir()
    (home / "eval-data").symlink_to(EVAL_DATA)
    failures = run_all(clone, Path(sys.executable).parent, home)
    assert not failures, "\n\n".join(failures)


def test_the_readme_points_only_into_the_repository() -> None:
    text = README.read_text()
    targets = re.findall(r"\]\(([^)#]+)\)", text) + re.findall(r'src="([^"]+)"', text)
    assert targets
    for target in targets:  # every link and image is a file of the repository
        assert (README.parent / target).resolve().is_relative_to(README.parent), target
        assert (README.parent / target).is_file(), target
    assert not re.search(r"(?<![.\w])\.\./\w", text)  # no path above the repository
    assert "shared/eval" not in text


@pytest.mark.parametrize("args", sh_commands(), ids=" ".join)
def test_every_shown_command_is_one_the_cli_takes(args: list[str]) -> None:
    """The commands shown but not run (a network, a server) name options that exist, with
    values the CLI accepts: the parse a real run would start with."""
    names = [a for a in args if not a.startswith("-")]
    command = cli.commands[names[0]] if names else cli
    rest = args[args.index(names[0]) + 1 :] if names else args
    with contextlib.suppress(click.exceptions.Exit):  # --help prints the help and exits
        command.make_context("jobwatch", rest)
