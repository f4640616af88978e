"""The built wheel is one top-level package, `jobwatch`, with its data files, and an installed copy
runs the README's examples (the weekly job over the bundled sample, compare, sql, export, eval)
from an empty directory.

The wheel goes into a fresh venv without its dependencies (`--no-deps`); the dependencies come
from the venv running the tests, appended to the fresh venv's path after its own site-packages, so
every jobwatch module and data file is the wheel's while the test needs no package index.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.cli.readme_examples import run_all

ROOT = Path(__file__).resolve().parents[2]
EVAL_DATA = ROOT.parent / "shared" / "eval"
# What a working tree holds besides the sources: never part of a build.
NOT_SOURCE = shutil.ignore_patterns(
    "__pycache__",
    "*.pyc",
    ".*cache*",
    "*.egg-info",
    ".*.yaml.parsed",  # parse caches: .gitignore
)
NOT_SOURCE_DIRS = {".git", ".venv", "build", "dist", "data", ".hypothesis"}  # at the root


def build_wheel(tmp: Path) -> Path:
    """`pip wheel --no-deps` of a clean copy of the tree (stale build/ files never leak in)."""
    src = tmp / "src"
    shutil.copytree(ROOT, src, symlinks=True, ignore=_ignore)
    out = tmp / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = out.glob("jobwatch-*.whl")
    return wheel


def _ignore(directory: str, names: list[str]) -> set[str]:
    skipped = set(NOT_SOURCE(directory, names))
    if Path(directory) == ROOT:
        skipped |= NOT_SOURCE_DIRS & set(names)
    return skipped


def package_files(src: Path) -> set[str]:
    """Every file of the `jobwatch` package in a source tree, through the part symlinks."""
    found = set()
    for folder, dirs, files in os.walk(src / "jobwatch", followlinks=True):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        found |= {(Path(folder) / f).relative_to(src).as_posix() for f in files}
    return found


def fresh_venv(tmp: Path, wheel: Path) -> Path:
    """A new venv holding the wheel; the test venv's packages are visible after its own."""
    env_dir = tmp / "venv"
    venv.create(env_dir)  # no pip of its own: the test venv's pip installs into it
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", wheel],
        check=True,
        capture_output=True,
        timeout=600,
    )
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    return env_dir


def run(env_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A command of the fresh venv, with none of the test run's jobwatch or Prefect settings."""
    drop = ("JOBWATCH_HOME", "PREFECT_HOME", "PREFECT_API_URL", "PYTHONPATH", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["COLUMNS"] = "200"
    command = [str(env_dir / "bin" / args[0]), *args[1:]]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.timeout(1800)
def test_the_wheel_installs_one_package_that_runs_the_sample_from_an_empty_directory(
    tmp_path: Path,
) -> None:
    wheel = build_wheel(tmp_path)
    names = {n for n in zipfile.ZipFile(wheel).namelist() if not n.endswith("/")}
    assert {n.split("/")[0] for n in names} == {"jobwatch", "jobwatch-0.1.0.dist-info"}
    shipped = {n for n in names if n.startswith("jobwatch/")}
    assert shipped == package_files(tmp_path / "src")  # every module and data file, nothing else
    for data in (
        "jobwatch/crawlers/sample/sources.yaml",
        "jobwatch/crawlers/sample/greenhouse/week=2026-11-16/northwindai.json",
        "jobwatch/pipeline/taxonomy/VERSION",
        "jobwatch/warehouse/sql/03_stg_postings.sql",
        "jobwatch/reports/templates/pair.html",
    ):
        assert data in shipped

    env_dir = fresh_venv(tmp_path, wheel)
    empty = tmp_path / "empty"
    empty.mkdir()
    where = run(env_dir, empty, "python", "-c", "import jobwatch; print(jobwatch.__file__)")
    assert where.stdout.startswith(str(env_dir)), where.stdout + where.stderr
    for name in ("crawlers", "pipeline", "warehouse", "flows", "reports", "tools"):
        probe = run(env_dir, empty, "python", "-c", f"import {name}")
        assert "ModuleNotFoundError" in probe.stderr, f"{name} is importable at top level"

    # The README's examples, as its reader types them: refresh --sample, compare, sql, export, eval.
    assert EVAL_DATA.is_dir(), f"evaluation data missing at {EVAL_DATA} (<repo>/../shared/eval)"
    home = tmp_path / "home"
    home.mkdir()
    (home / "eval-data").symlink_to(EVAL_DATA)
    failures = run_all(empty, env_dir / "bin", home)
    assert not failures, "\n\n".join(failures)
    assert (empty / "data" / "warehouse.duckdb").is_file()  # ./data of the empty directory
