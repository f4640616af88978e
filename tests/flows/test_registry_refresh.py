"""A weekly refresh over the shipped registry's boards (a sample of each platform's), served by
the loopback stand-in: every platform and job board is planned, crawled and in the run report."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pytest

from jobwatch.crawlers import platforms
from jobwatch.crawlers.registry_file import row_line
from jobwatch.crawlers.sources import Source, load_sources
from tests.crawlers.conftest import WEEK
from tests.flows.helpers import refresh_state, report_of
from tests.standin import StandIn

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.usefixtures("prefect_harness")
PER_PLATFORM = 2
FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "REMOTIVE_MIN_DELAY": "0"}


def sample_rows(per_platform: int) -> list[Source]:
    """The first `per_platform` enabled boards of each platform of the shipped registry."""
    taken: Counter[str] = Counter()
    rows = []
    for source in load_sources():
        if source.enabled and taken[source.platform] < per_platform:
            taken[source.platform] += 1
            rows.append(source)
    return rows


def registry_text(rows: list[Source]) -> str:
    lines = []
    for s in rows:
        fields = {"company": s.company, "platform": s.platform, "board": s.board} | s.values()
        lines.append(row_line(fields | {"origin": s.origin, "ai": s.ai}))
    return "\n".join(lines) + "\n"


@pytest.mark.timeout(1200)  # 22 platforms' crawl processes on a loaded 2-core host
def test_a_refresh_of_every_platform_of_the_registry_on_the_stand_in(tmp_path: Path) -> None:
    rows = sample_rows(PER_PLATFORM)
    on = {s.platform for s in rows}
    assert on == set(platforms.declared())  # the shipped registry has boards on every platform
    sources = tmp_path / "sources.yaml"
    sources.write_text(registry_text(rows))
    sites = [s for s in rows if s.platform == "jsonld"]
    with StandIn(tmp_path / "standin", sites, WEEK) as server:
        state = refresh_state(
            tmp_path / "home",
            week=WEEK.isoformat(),
            allow_any_week=True,
            base_url=server.base_url,
            sources_file=str(sources),
            crawl_settings=FAST,
        )
    summary = state.result()
    planned = summary["planned"]
    assert planned["boards"] == len(rows)
    assert planned["platforms"] == dict(sorted(Counter(s.platform for s in rows).items()))
    runs = {(r["source"], r["board"]): r for c in summary["crawls"] for r in c["runs"]}
    assert set(runs) == {s.key for s in rows}
    not_ok = {key: (r["status"], r["error"]) for key, r in runs.items() if r["status"] != "ok"}
    assert not_ok == {}
    assert summary["status"] == "completed"
    report = report_of(state)
    assert f"{len(rows)} boards on {len(on)} platforms planned from `{sources}`" in report
    for platform, n in planned["platforms"].items():
        crawled = sum(r["items"] for key, r in runs.items() if key[0] == platform)
        assert crawled > 0, platform
        assert f"| {platform} | {n} | {n} | 0 | 0 | {crawled} |" in report
