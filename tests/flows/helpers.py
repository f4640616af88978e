"""Shared helpers of the flow tests: run the flow, read the warehouse and the report back."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import duckdb

from jobwatch.crawlers.sample import SAMPLE_ROOT, SAMPLE_SOURCES
from tests.conftest import SAMPLE_WEEKS

if TYPE_CHECKING:
    from pathlib import Path

WEEK1, WEEK2 = SAMPLE_WEEKS


def refresh_state(home: Path, **kwargs: Any) -> Any:
    from jobwatch.flows.weekly_refresh import weekly_refresh

    state = weekly_refresh(home=str(home), return_state=True, **kwargs)
    assert state.is_completed(), state
    return state


def refresh(home: Path, **kwargs: Any) -> dict[str, Any]:
    return refresh_state(home, **kwargs).result()


def report_of(state: Any) -> str:
    """The run's markdown artifact, read back through the Prefect API."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from jobwatch.flows.report import ARTIFACT_KEY

    by_run = ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=by_run))
    (artifact,) = [a for a in found if a.key == ARTIFACT_KEY]
    assert artifact.type == "markdown"
    return str(artifact.data)


def task_states(state: Any, prefix: str = "") -> list[tuple[str, str, str]]:
    """(name, state type, state name) of the flow run's task runs named `prefix...`, by name."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    runs = FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id]))
    with get_client(sync_client=True) as client:
        found = client.read_task_runs(flow_run_filter=runs)
    rows = [(t.name, t.state.type.value, t.state.name) for t in found if t.state]
    return sorted(r for r in rows if r[0].startswith(prefix))


def flow_run_of(state: Any) -> Any:
    """The flow run a final state belongs to, read back through the Prefect API."""
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return client.read_flow_run(state.state_details.flow_run_id)


def recorded_jobs(week: str, board: str) -> int:
    path = SAMPLE_ROOT / "greenhouse" / f"week={week}" / f"{board}.json"
    return len(json.loads(path.read_text())["jobs"])


def open_by_board(home: Path, week: str) -> dict[str, int]:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        rows = con.execute(
            "select p.board, count(*) from posting_weeks w join postings p using (posting_id) "
            "where w.week = ? group by 1",
            [week],
        ).fetchall()
    return dict(rows)


def table_counts(home: Path) -> dict[str, int]:
    with duckdb.connect(str(home / "warehouse.duckdb"), read_only=True) as con:
        names = [r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()]
        return {n: con.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}


def boards() -> list[str]:
    import yaml

    return [entry["board"] for entry in yaml.safe_load(SAMPLE_SOURCES.read_text())]
