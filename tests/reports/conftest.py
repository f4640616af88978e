"""Fixtures: one hand-made warehouse per test module, and the site built from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from jobwatch.reports.site import SiteResult, build_site
from tests.reports.sitelake import site_lake

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def site_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return site_lake(tmp_path_factory.mktemp("site-home"))


@pytest.fixture(scope="module")
def built(site_home: Path) -> SiteResult:
    return build_site(site_home)
