"""A non-editable install (`pip install .`) ships every data file the packages read at run time."""

from __future__ import annotations

import fnmatch
import subprocess
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("crawlers", "pipeline", "warehouse", "flows", "reports", "jobwatch")


def _tracked_data_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", *PACKAGES], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    # jobwatch/<part> are symlinks to the top-level folders, which are listed themselves
    return [n for n in listed if not n.endswith(".py") and not (REPO / n).is_symlink()]


def test_package_data_patterns_cover_every_tracked_data_file() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    data_files = _tracked_data_files()
    assert data_files, "no data files found: is this a git checkout?"
    # setuptools matches the "*" patterns against file names inside each package directory
    missed = [f for f in data_files if not any(fnmatch.fnmatch(Path(f).name, p) for p in patterns)]
    assert missed == [], f"not shipped by a non-editable install: {missed}"
