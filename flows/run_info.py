"""How a user finds a refresh run in Prefect: named after its week, and its page on a server."""

from __future__ import annotations

import datetime as dt
from typing import Any

from jobwatch.core.config import parse_week, week_of
from jobwatch.core.errors import UserError
from jobwatch.crawlers.sample import latest_sample_week

FLOW_NAME = "weekly-refresh"


def run_name_for(parameters: dict[str, Any]) -> str:
    """`weekly-refresh-2026-11-16`: the week asked for, else the one the flow will refresh (this
    week, or the newest sample week). A malformed week names the run after what was given: the
    flow itself then fails with the one-line reason."""
    given = parameters.get("week")
    try:
        week = parse_week(given) or default_week(bool(parameters.get("sample")))
    except UserError:  # the flow reports a bad week; naming the run must not fail it
        return f"{FLOW_NAME}-{given}"
    return f"{FLOW_NAME}-{week.isoformat()}"


def default_week(sample: bool) -> dt.date:
    """The week a refresh without --week refreshes: this week, or the newest sample week."""
    return latest_sample_week() if sample else week_of(dt.datetime.now(dt.UTC).date())


def run_name() -> str:
    """The flow's `flow_run_name`: called by Prefect as each run starts."""
    from prefect.runtime import flow_run

    return run_name_for(dict(flow_run.parameters))


def run_url() -> str | None:
    """The run's page in the Prefect UI when a server is used (PREFECT_API_URL set, or Prefect
    Cloud); None on the ephemeral API, which is gone once the command ends."""
    from prefect.runtime import flow_run
    from prefect.settings import PREFECT_API_URL
    from prefect.utilities.urls import url_for

    if not PREFECT_API_URL.value() or not flow_run.id:
        return None
    return url_for("flow-run", obj_id=flow_run.id)


def current_run() -> dict[str, Any]:
    """{"name", "url"} of the flow run this is called in (the run summary's `run`)."""
    from prefect.runtime import flow_run

    return {"name": flow_run.name, "url": run_url()}
