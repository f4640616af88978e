"""Shared fixtures: a home directory holding a hand-made lake, and a build helper."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from jobwatch.warehouse.build import BuildResult, build
from jobwatch.warehouse.connect import connect_readonly
from tests.warehouse.lakefix import VERSION
from tests.warehouse.scenarios import history, two_roles

if TYPE_CHECKING:
    from pathlib import Path


def query(home: Path, sql: str) -> list[tuple]:
    """Rows of one query against the built warehouse, read-only."""
    con = connect_readonly(home)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def run_build(home: Path, **kwargs) -> BuildResult:
    return build(home, taxonomy=VERSION, **kwargs)


@pytest.fixture
def history_home(tmp_path: Path) -> Path:
    history(tmp_path)
    return tmp_path


@pytest.fixture
def roles_home(tmp_path: Path) -> Path:
    two_roles(tmp_path)
    return tmp_path
