"""Share-nothing scale-out: a Dask scheduler and two workers, each a process of its own in an empty
directory with its own HOME, and the lakes and exports on moto's S3 server on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq
import pytest

from jobwatch.flows import storage
from tests.flows.helpers import WEEK1

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.usefixtures("prefect_harness")
DASK = str(Path(sys.executable).parent / "dask")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def isolated(folder: Path) -> dict[str, str]:
    """A process environment that names nothing of the flow's: its own HOME, no JOBWATCH_*;
    the AWS settings (the object store) and the Prefect API it reports task runs to stay."""
    folder.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JOBWATCH_", "PREFECT_HOME"))}
    return {**env, "HOME": str(folder), "PWD": str(folder)}


@pytest.fixture
def cluster(tmp_path: Path, s3: str) -> Iterator[tuple[str, list[Path]]]:
    """`dask scheduler` and two `dask worker` processes on 127.0.0.1; yields (address, dirs)."""
    from distributed import Client

    address = f"tcp://127.0.0.1:{free_port()}"
    dirs = [tmp_path / name for name in ("scheduler", "worker-1", "worker-2")]
    port = address.rsplit(":", 1)[1]
    cmds = [[DASK, "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"]]
    cmds += [[DASK, "worker", address, "--nthreads", "1", "--no-dashboard"]] * 2
    procs = [
        subprocess.Popen(cmd, cwd=d, env=isolated(d), stderr=subprocess.DEVNULL)
        for cmd, d in zip(cmds, dirs, strict=True)
    ]
    try:
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield address, dirs[1:]
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=30)


def tables(exports: Path, week: str) -> dict[str, Any]:
    """Every exported table of a week under an exports root: content only."""
    files = sorted(exports.glob(f"*/week={week}/part-0.parquet"))
    assert files, f"nothing exported for week {week} under {exports}"
    return {p.parts[-3]: pq.read_table(p).to_pylist() for p in files}


def download(url: str, target: Path) -> Path:
    """The whole remote exports tree, as the store holds it."""
    fs, root = storage.open_url(url)
    fs.get(f"{root}/", str(target), recursive=True)
    return target


def test_dask_workers_that_share_only_the_object_store_give_a_local_runs_exports(
    s3: str, cluster: tuple[str, list[Path]], week1_home: Path, tmp_path: Path
) -> None:
    from prefect_dask.task_runners import DaskTaskRunner

    from jobwatch.flows.weekly_refresh import weekly_refresh

    address, worker_dirs = cluster
    lake, normalized, out = f"{s3}/sn/raw", f"{s3}/sn/normalized", f"{s3}/sn/exports"
    home = tmp_path / "flow-host"
    flow = weekly_refresh.with_options(task_runner=DaskTaskRunner(address=address))
    state = flow(
        home=str(home),
        week=WEEK1,
        sample=True,
        lake_url=lake,
        normalized_url=normalized,
        export_url=out,
        shard_size=4,
        partitions=2,
        return_state=True,
    )
    assert state.is_completed(), state
    summary = state.result()
    # Every crawl shard uploaded its own crawl dir; the flow host only copied them back.
    uploaded = sorted(d for crawl in summary["crawls"] for d in crawl["uploaded"])
    assert len(uploaded) == len(summary["crawls"]) == 3
    assert summary["normalized"]["partitions"] == 2
    assert summary["storage"]["pulled"]["raw"] == uploaded
    assert len(summary["storage"]["pulled"]["normalized"]) == 3
    fs, root = storage.open_url(lake)
    assert storage.remote_crawls(fs, root) == set(uploaded)
    # The exports in the store, and the flow host's, are a local run's.
    local = tables(week1_home / "exports", WEEK1)
    assert tables(home / "exports", WEEK1) == local
    assert tables(download(out, tmp_path / "downloaded"), WEEK1) == local
    # The workers left nothing in their working directories (scratch homes are removed).
    for folder in worker_dirs:
        assert not any(p.name.startswith(("data", "raw", "jobwatch")) for p in folder.iterdir())
