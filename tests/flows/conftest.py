"""Flow test fixtures: a home after the first sample week, copied by tests that build on it."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from tests.flows.helpers import WEEK1, refresh

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="session")
def week1_home(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> Path:
    """A home after the first sample week: copied by each test that builds on it."""
    home = tmp_path_factory.mktemp("week1")
    refresh(home, week=WEEK1, sample=True)
    return home


@pytest.fixture
def home(week1_home: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "home"
    shutil.copytree(week1_home, copy)
    return copy
