"""Incremental builds compute only the changed weeks' marts and equal a full rebuild."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

import pytest

from jobwatch.warehouse.connect import connect_readonly
from jobwatch.warehouse.models import public_tables
from tests.warehouse.conftest import query, run_build
from tests.warehouse.lakefix import W1, W2, W3, W4, posting, write_crawl
from tests.warehouse.scenarios import ML, OPS, SW, churn

if TYPE_CHECKING:
    from pathlib import Path


def _snapshot(home: Path) -> dict[str, list[tuple]]:
    con = connect_readonly(home)
    try:
        query = "select * from {} order by all"
        return {t: con.execute(query.format(t)).fetchall() for t in public_tables()}
    finally:
        con.close()


def _assert_equals_full(home: Path) -> None:
    incremental = _snapshot(home)
    full = run_build(home, full=True)
    assert full.marts_reused == []
    assert full.marts_plan == "full rebuild requested"
    assert _snapshot(home) == incremental


def test_a_new_week_computes_only_that_week(tmp_path: Path) -> None:
    churn(tmp_path, weeks=(W1, W2, W3))
    first = run_build(tmp_path)
    assert first.marts_computed == [W1, W2, W3]
    assert first.marts_plan == "no previous warehouse"
    churn(tmp_path, weeks=(W4,))
    result = run_build(tmp_path)
    assert (result.marts_computed, result.marts_reused) == ([W4], [W1, W2, W3])
    assert result.marts_plan == "incremental"
    _assert_equals_full(tmp_path)


def test_a_rerun_of_an_earlier_week_recomputes_it_and_the_next(tmp_path: Path) -> None:
    churn(tmp_path)
    run_build(tmp_path)
    # W2 again with one more posting, a5, gone by W3: W2 changes, W3's rows do not but its
    # week-over-week figures do, W4 is untouched
    again = [
        posting("a1", cluster_id="job-a1", role=ML),
        posting("a3", cluster_id="job-a3", role=ML),
        posting("a4", role=SW),
        posting("a5", role=OPS),
    ]
    write_crawl(tmp_path, "greenhouse", W2, {"acme": ("ok", again)}, attempt=2)
    result = run_build(tmp_path)
    assert (result.marts_computed, result.marts_reused) == ([W2, W3], [W1, W4])
    _assert_equals_full(tmp_path)


def test_a_rewritten_normalized_file_is_noticed(tmp_path: Path) -> None:
    churn(tmp_path)
    run_build(tmp_path)
    part = next(tmp_path.glob(f"normalized/*/source=ashby/week={W3}/crawl=*/postings.parquet"))
    part.write_bytes(part.read_bytes())  # same rows, new mtime: as after a forced re-normalize
    result = run_build(tmp_path)
    assert result.marts_computed == [W3, W4]


def test_a_new_posting_that_merges_old_clusters_recomputes_their_weeks(tmp_path: Path) -> None:
    # x1 and x2 (both San Francisco) share 54 of 64 signature positions, below the 58 that make
    # one job: two jobs in W1 and W2. In W3 a copy between them (59 with each) links both (the
    # global dedup pass is transitive): from then on they are one cluster in every week, so W1's
    # and W2's canonical choice changes too.
    job = {
        "role": ML,
        "company_key": "acme",
        "title_key": "ml engineer",
        "country": "US",
        "metro": "SF",
        "city": "SF",
    }
    x1 = posting("x1", cluster_id="c-x1", minhash=list(range(64)), **job)
    x2 = posting(
        "x2", cluster_id="c-x2", minhash=[*range(10), *range(110, 120), *range(20, 64)], **job
    )
    for week in (W1, W2):
        write_crawl(tmp_path, "greenhouse", week, {"acme": ("ok", [x1, x2])})
    run_build(tmp_path)
    between = [*range(15), *range(115, 120), *range(20, 64)]  # 5 off x1, 5 off x2
    copy = posting("r1", cluster_id="c-r1", minhash=between, **job)
    write_crawl(tmp_path, "greenhouse", W3, {"acme": ("ok", [x1, x2, copy])})
    result = run_build(tmp_path)
    assert result.marts_computed == [W1, W2, W3]
    assert result.marts_plan == "incremental"
    rows = query(tmp_path, f"select week, open_positions from mart_role_week where role = '{ML}'")
    assert sorted(rows) == [(W1, 1), (W2, 1), (W3, 1)]
    _assert_equals_full(tmp_path)


def test_a_copy_without_a_place_keeps_two_cities_apart(tmp_path: Path) -> None:
    # x1 (San Francisco) and x2 (New York) share one text: two jobs. A copy without a place, new
    # in W2, is a copy of one of them and counts with it; it does not make the two cities one job.
    text = list(range(64))
    job = {"role": ML, "company_key": "acme", "title_key": "ml engineer", "minhash": text}
    x1 = posting("x1", cluster_id="c-x1", country="US", metro="SF", city="SF", **job)
    x2 = posting("x2", cluster_id="c-x2", country="US", metro="NYC", city="NYC", **job)
    write_crawl(tmp_path, "greenhouse", W1, {"acme": ("ok", [x1, x2])})
    run_build(tmp_path)
    copy = posting("r1", cluster_id="c-r1", **job)
    write_crawl(tmp_path, "greenhouse", W2, {"acme": ("ok", [x1, x2, copy])})
    run_build(tmp_path)
    rows = query(
        tmp_path,
        f"select week, open_positions, open_postings from mart_role_week where role = '{ML}'",
    )
    assert sorted(rows) == [(W1, 2, 2), (W2, 2, 3)]
    _assert_equals_full(tmp_path)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda home: run_build(home, min_salary_n=3), "mart definitions or settings changed"),
        (
            lambda home: write_crawl(
                home,
                "ashby",
                W4,
                {"delta": ("ok", [posting("d9", role="Data Engineer")])},
                attempt=2,
            ),
            "the set of roles changed",
        ),
    ],
)
def test_what_cannot_be_reused_is_rebuilt_in_full(tmp_path: Path, change, reason: str) -> None:
    churn(tmp_path)
    run_build(tmp_path)
    change(tmp_path)
    result = run_build(tmp_path)
    assert result.marts_reused == []
    assert result.marts_plan == reason
    _assert_equals_full(tmp_path)


def _all_tables(home: Path) -> dict[str, list[tuple]]:
    """Every persisted table (the lake copy included) and the raw_postings view, sorted."""
    con = connect_readonly(home)
    try:
        names = [r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()]
        return {n: con.execute(f"select * from {n} order by all").fetchall() for n in names} | {
            "raw_postings": con.execute("select * from raw_postings order by all").fetchall()
        }
    finally:
        con.close()


def _six_weeks(home: Path, week: int, rng: random.Random, jobs: dict) -> list[str]:
    """One week of a churning market: 3 boards on 2 sources, ~20% closing and as many opening,
    a failed and a partial crawl, a re-run of an earlier week, and postings that merge clusters
    first seen weeks before (a near-copy bridging two texts, a shared requisition)."""
    when = W1 + dt.timedelta(weeks=week)
    roles = (ML, OPS, SW)
    by_source: dict[str, dict] = {}
    for source, board in (("greenhouse", "acme"), ("greenhouse", "beta"), ("lever", "gamma")):
        open_now = jobs.setdefault(board, [])
        for spec in [s for s in open_now if rng.random() < 0.2]:
            open_now.remove(spec)
        for n in range(rng.randint(2, 4)):
            text = [*range(64)] if n == 0 else [rng.randrange(10**6) for _ in range(64)]
            open_now.append(
                posting(
                    f"{board[0]}{week}-{n}",
                    cluster_id=f"c-{board}-{week}-{n}",
                    role=rng.choice(roles),
                    company_key=board,
                    title_key=f"job {n % 2}",
                    minhash=text,
                    salary_max_usd=float(rng.randrange(80, 200) * 1000) if n % 2 else None,
                )
            )
        if week == 3 and board == "acme":  # bridges acme's week-0 copies with a week-1 text
            open_now.append(
                posting(
                    "bridge",
                    cluster_id="c-bridge",
                    role=ML,
                    company_key=board,
                    title_key="job 0",
                    minhash=[*range(60), 7, 8, 9, 10],
                )
            )
        if week == 4 and board == "beta":  # the requisition of a posting from week 0
            open_now.append(
                posting(
                    "req",
                    cluster_id="c-req",
                    role=OPS,
                    company_key=board,
                    title_key="job 1",
                    requisition_key="42",
                )
            )
            open_now[0] = {**open_now[0], "requisition_key": "42", "title_key": "job 1"}
        status = {(2, "beta"): "failed", (3, "gamma"): "partial"}.get((week, board), "ok")
        listed = [] if status == "failed" else list(open_now)
        by_source.setdefault(source, {})[board] = (status, listed)
    crawled = [write_crawl(home, source, when, boards) for source, boards in by_source.items()]
    if week == 4:  # week 1 crawled again: the later attempt supersedes the first
        again = {"acme": ("ok", [posting("a-late", role=SW, company_key="acme")])}
        crawled.append(
            write_crawl(home, "greenhouse", W1 + dt.timedelta(weeks=1), again, attempt=2)
        )
    return sorted(crawled)


def test_six_weeks_loaded_week_by_week_equal_a_full_rebuild(tmp_path: Path) -> None:
    rng, jobs = random.Random(14), {}
    for week in range(6):
        crawled = _six_weeks(tmp_path, week, rng, jobs)
        result = run_build(tmp_path)
        # Each build reads only the crawls that are new (never an earlier week's again).
        assert sorted(result.loaded) == crawled
        assert result.from_scratch == ("no previous warehouse" if week == 0 else "")
    merged = query(tmp_path, "select count(*) from cluster_links where rule <> 'posting'")
    assert merged[0][0] > 0  # clusters merged across weeks
    closed = query(tmp_path, "select count(*) from postings where closed_at is not null")
    assert closed[0][0] > 10
    incremental = _all_tables(tmp_path)
    full = run_build(tmp_path, full=True)
    assert full.from_scratch == "full rebuild requested"
    assert len(full.loaded) == len(incremental["lake_crawls"])  # every crawl read again
    assert _all_tables(tmp_path) == incremental
