"""Serve the weekly flow on a cron schedule, against a given Prefect server or a local one."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from jobwatch.core.config import paths
from jobwatch.core.errors import UserError
from jobwatch.core.progress import emit
from jobwatch.flows.env import configure_prefect_env
from jobwatch.flows.server import LocalPrefectServer

if TYPE_CHECKING:
    from pathlib import Path

DEFAULT_CRON = "0 6 * * 1"  # Monday 06:00
DEPLOYMENT = "weekly"


def check_schedule(cron: str, timezone: str) -> None:
    """A bad cron or time zone is a one-line error before any server starts."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValueError as exc:  # pydantic's ValidationError
        errors: list[Any] = getattr(exc, "errors", list)()
        detail = errors[0]["msg"] if errors else str(exc).splitlines()[0]
        raise UserError(f"bad schedule {cron!r} ({timezone}): {detail}") from None


def serve_flow(cron: str, timezone: str, parameters: dict[str, Any], name: str) -> None:
    """Create/update the deployment and run its scheduled runs until Ctrl-C or SIGTERM."""
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType

    from jobwatch.flows.weekly_refresh import weekly_refresh

    weekly_refresh.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters=parameters,
        print_starting_message=False,
        # Runs load the flow by module path, so they work from any working directory.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def serve_weekly(
    home: Path,
    cron: str = DEFAULT_CRON,
    timezone: str = "UTC",
    parameters: dict[str, Any] | None = None,
    name: str = DEPLOYMENT,
) -> None:
    """Serve on PREFECT_API_URL when set; otherwise on a local server started (and stopped) here."""
    params = {"home": str(home), **(parameters or {})}
    if os.environ.get("PREFECT_API_URL"):
        check_schedule(cron, timezone)
        emit(f"schedule: serving weekly-refresh/{name} on {os.environ['PREFECT_API_URL']}")
        serve_flow(cron, timezone, params, name)
        return
    where = paths(home)
    server = LocalPrefectServer(where.prefect, where.logs / "prefect-server.log")
    # Prefect reads its settings when first imported: point it at the server before that.
    configure_prefect_env(home)
    os.environ["PREFECT_API_URL"] = server.api_url
    check_schedule(cron, timezone)
    emit(f"schedule: starting a local Prefect server (log: {server.log_file}) ...")
    with server:
        emit(f"schedule: Prefect API at {server.api_url}, UI at {server.api_url[:-4]}")
        emit(f"schedule: serving weekly-refresh/{name} on cron {cron!r} ({timezone}); Ctrl-C stops")
        serve_flow(cron, timezone, params, name)
    emit("schedule: stopped; the local Prefect server is down")
