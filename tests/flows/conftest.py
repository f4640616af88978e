"""Flow test fixtures: a home after the first sample week, copied by tests that build on it."""

from __future__ import annotations

import shutil
import socket
from typing import TYPE_CHECKING

import pytest

from jobwatch.flows import storage
from tests.flows.helpers import WEEK1, refresh

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

BUCKET = "jobwatch-test"


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


@pytest.fixture(scope="session")
def s3(monkeypatch_session: pytest.MonkeyPatch) -> Iterator[str]:
    """moto's S3 server on a loopback port, one per session (moto's state is per process, so a
    second server would serve the first one's buckets anyway); the AWS SDK reaches it through
    AWS_ENDPOINT_URL. Each test writes under its own prefix."""
    from moto.server import ThreadedMotoServer

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    for key, value in env.items():
        monkeypatch_session.setenv(key, value)
    fs, _ = storage.open_url(f"s3://{BUCKET}")
    fs.mkdir(BUCKET)
    try:
        yield f"s3://{BUCKET}"
    finally:
        server.stop()


@pytest.fixture(scope="session")
def monkeypatch_session() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as patch:
        yield patch
