"""Task runners for the weekly flow: threads on this machine, or a Dask cluster (prefect-dask)."""

from __future__ import annotations

from typing import Any

from jobwatch.core.errors import UserError

RUNNERS = ("thread", "dask")


def make_task_runner(name: str, address: str | None = None, workers: int = 2) -> Any:
    """A Prefect task runner; 'dask' without an address starts a LocalCluster of `workers`."""
    if name == "thread":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner()
    if name != "dask":
        raise UserError(f"unknown task runner {name!r}: choose one of {', '.join(RUNNERS)}")
    from prefect_dask.task_runners import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    # One thread per worker process: crawls run in their own subprocesses and normalization is
    # CPU-bound Python, so more threads per worker would only contend for the GIL.
    kwargs = {"n_workers": workers, "threads_per_worker": 1, "dashboard_address": None}
    return DaskTaskRunner(cluster_kwargs=kwargs)
