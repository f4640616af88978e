"""Run the weekly flow with the chosen task runner and storage options (CLI and schedule)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from jobwatch.core.errors import RunFailed, UserError
from jobwatch.flows.env import configure_prefect_env
from jobwatch.flows.runners import make_task_runner

if TYPE_CHECKING:
    from prefect.client.schemas.objects import State

FLOW_OPTIONS = ("lake_url", "normalized_url", "export_url", "shard_size", "partitions")


def flow_parameters(scale: dict[str, Any]) -> dict[str, Any]:
    """The flow parameters among the CLI's scale-out options (the runner is not a parameter)."""
    return {key: scale[key] for key in FLOW_OPTIONS if scale.get(key) is not None}


def run_weekly_refresh(scale: dict[str, Any], **params: Any) -> Any:
    """weekly_refresh(**params) on the task runner named in `scale` (see jobwatch/options.py);
    a failed run raises its own one-line reason (UserError, RunFailed), not Prefect's wrapping."""
    configure_prefect_env(Path(params["home"]) if params.get("home") else None)
    from jobwatch.flows.weekly_refresh import weekly_refresh

    name = scale.get("task_runner") or "thread"
    runner = make_task_runner(name, scale.get("dask_address"), scale.get("dask_workers") or 2)
    flow = weekly_refresh.with_options(task_runner=runner)
    state = cast("State[Any]", flow(**params, **flow_parameters(scale), return_state=True))
    if state.is_completed():
        return state.result()
    error = state.result(raise_on_failure=False)
    if isinstance(error, UserError | RunFailed):
        raise error
    if isinstance(error, BaseException):
        raise RunFailed(f"refresh failed: {type(error).__name__}: {error}") from error
    raise RunFailed(f"refresh failed: {state.message or state.name}")
