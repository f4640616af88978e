"""The warehouse's global dedup pass: copies collapse, distinct jobs stay apart, and the set-based
SQL pass gives exactly the clusters of the Python reference (cluster_reference.py)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest

from jobwatch.pipeline.record import normalize_record
from tests.pipeline.conftest import raw_posting
from tests.warehouse.cluster_reference import cluster_postings, signature
from tests.warehouse.conftest import query, run_build
from tests.warehouse.lakefix import W1, W2, write_crawl

if TYPE_CHECKING:
    from pathlib import Path

VOCABULARY = [
    "model",
    "data",
    "team",
    "ship",
    "rank",
    "search",
    "eval",
    "infra",
    "latency",
    "users",
    "train",
    "serve",
    "python",
    "review",
    "owner",
    "metrics",
    "forecast",
    "warehouse",
    "planning",
    "finance",
    "inventory",
    "pipeline",
    "feature",
]
BOILERPLATE = " ".join(random.Random(0).choice(VOCABULARY) for _ in range(150))


def _text(seed: int, words: int = 220) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(VOCABULARY) for _ in range(words)) + ". " + BOILERPLATE


def _normalized(source: str, source_id: str, **raw: Any) -> dict[str, Any]:
    """A posting normalized by the pipeline itself, as a lakefix spec (board and crawl left out)."""
    row = normalize_record(raw_posting(source=source, source_id=source_id, **raw))
    return {k: v for k, v in row.items() if k not in {"board", "crawl_id", "source"}}


ORIGINAL = _text(1)
ROLE = "AI/ML Engineer"


@pytest.fixture(scope="module")
def copies_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Example Labs' Senior ML Engineer in San Francisco, and what the sources make of it:

    gh/4001   the original, requisition R-1                        W1 W2
    remoteok  a board copy: no requisition or salary, a line added  W1 W2
    gh/4002   a repost in W2: new id, one sentence edited, no req      W2
    gh/4003   another job: same title, city and boilerplate          W1 W2
    gh/4004   a third job: same title, city and boilerplate          W1
    """
    home = tmp_path_factory.mktemp("copies")
    edited = ORIGINAL.replace("model data", "models and data", 1) + " Apply by Friday."
    original = _normalized(
        "greenhouse", "4001", description_text=ORIGINAL, payload={"requisition_id": "R-1"}
    )
    copy = _normalized(
        "remoteok",
        "rok-77",
        description_text=ORIGINAL + " Seen on RemoteOK.",
        payload={"id": "rok-77"},
        location_raw="San Francisco",
        salary_structured=None,
    )
    repost = _normalized("greenhouse", "4002", description_text=edited)
    other = _normalized("greenhouse", "4003", description_text=_text(2))
    third = _normalized("greenhouse", "4004", description_text=_text(3))
    assert len({r["cluster_id"] for r in (original, copy, repost, other, third)}) == 5
    assert {r["role"] for r in (original, copy, repost, other, third)} == {ROLE}
    write_crawl(home, "greenhouse", W1, {"examplelabs": ("ok", [original, other, third])})
    write_crawl(home, "remoteok", W1, {"all": ("ok", [copy])})
    write_crawl(home, "greenhouse", W2, {"examplelabs": ("ok", [original, repost, other])})
    write_crawl(home, "remoteok", W2, {"all": ("ok", [copy])})
    run_build(home)
    return home


def test_copies_collapse_and_distinct_jobs_stay_apart(copies_home: Path) -> None:
    rows = query(
        copies_home,
        "select source_id, cluster_id, cluster_size from postings"
        " join posting_clusters using (posting_id, cluster_id)",
    )
    cluster = {source_id: cluster_id for source_id, cluster_id, _ in rows}
    assert cluster["4001"] == cluster["rok-77"] == cluster["4002"]
    assert len({cluster["4001"], cluster["4003"], cluster["4004"]}) == 3
    assert {s: n for s, _, n in rows} == {"4001": 3, "rok-77": 3, "4002": 3, "4003": 1, "4004": 1}


def test_open_counts_are_clusters_and_the_raw_total_is_beside_them(copies_home: Path) -> None:
    rows = query(
        copies_home,
        "select week, open_positions, open_postings, tracked_total"
        f" from mart_role_week where role = '{ROLE}' order by week",
    )
    # W1: the job (original + board copy), 4003, 4004 | W2: the job (3 postings), 4003
    assert rows == [(W1, 3, 4, 3), (W2, 2, 4, 2)]


def test_links_say_why_clusters_were_merged(copies_home: Path) -> None:
    links = query(
        copies_home,
        "select pure_cluster_id, linked_cluster_id, rule, equal_positions from cluster_links",
    )
    pure = dict(
        query(
            copies_home,
            "select source_id, pure_cluster_id from posting_clusters"
            " join postings using (posting_id)",
        )
    )
    job = {pure["4001"], pure["rok-77"], pure["4002"]}  # every pair of the three copies
    assert sorted((max(a, b), min(a, b)) for a in job for b in job if a < b) == sorted(
        (a, b) for a, b, _, _ in links
    )
    assert all(rule == "minhash" and 58 <= n <= 64 for _, _, rule, n in links)
    (canonical,) = query(
        copies_home,
        f"select source_id from posting_weeks where week = '{W2}'"
        " and is_canonical and cluster_id = (select cluster_id from postings"
        " where source_id = '4001')",
    )
    assert canonical == ("4001",)  # seen first (W1, with the copy), and with a salary


# --- the SQL pass against the Python reference, on hand-made signatures ---------------------

RNG = np.random.default_rng(3)
S, T = (RNG.integers(0, 2**32, 64, dtype=np.uint64).tolist() for _ in range(2))


def _edit(sig: list[int], positions: range | list[int], salt: int = 1) -> list[int]:
    out = list(sig)
    for i in positions:
        out[i] = (out[i] + salt) % 2**32
    return out


def _spec(source_id: str, sig: list[int] | None, **fields: Any) -> dict[str, Any]:
    base = {
        "company_key": "acme",
        "title_key": "ml engineer",
        "country": "US",
        "metro": "SF",
        "city": "SF",
        "minhash": sig,
        "role": ROLE,
    }
    return {"source_id": source_id, "cluster_id": f"c-{source_id}"} | base | fields


NOWHERE = {"country": None, "metro": None, "city": None}
TRAPS = [
    _spec("a1", S),
    _spec("a2", _edit(S, range(3)), **NOWHERE),  # a board copy without a place: 61/64
    _spec("a3", _edit(S, range(10, 16))),  # 58/64: exactly at the threshold
    _spec("a4", _edit(S, range(20, 27))),  # 57/64: just below it, from every member
    _spec("a5", S, metro="New York", city="New York"),  # other city: a2 must not bridge to it
    _spec("a9", _edit(S, [0, 9, 18, 27, 36, 45])),  # 58/64, only the last SQL band equal
    _spec("q1", S, company_key="acme4"),
    _spec("q2", _edit(S, [9, 18, 27, 36, 45, 54]), company_key="acme4"),  # only the first band
    _spec("a6", S, requisition_key="7", company_key="acme2"),
    _spec("a7", S, requisition_key="8", company_key="acme2"),  # other requisition than a6
    _spec("a8", T, requisition_key="7", company_key="acme2"),  # a6's requisition, other text
    _spec("b1", S, title_key="data scientist"),  # other title: never with a1
    _spec("p1", S, company_key="acme3"),
    _spec("p2", S, company_key="acme3", metro="New York", city="New York"),  # no bridge here
    _spec("g1", S, company_key="globex"),  # other company
    _spec("n1", None, requisition_key="7", company_key="acme2"),  # no text, a6's requisition
    _spec("n2", None),
    _spec("v1", T, company_key="vers"),  # a posting whose text is edited in W2 (below)
    _spec("v2", _edit(T, range(30, 64)), company_key="vers", cluster_id="c-v1-edited"),
]
EDITED = _spec("v1", _edit(T, range(30, 64)), company_key="vers", cluster_id="c-v1-edited")


BOSTON = {"metro": "Boston", "city": "Boston"}
NEW_YORK = {"metro": "New York", "city": "New York"}


def _random_specs(seed: int, n: int = 160, texts: int = 6, ids: int = 120) -> list[dict[str, Any]]:
    """Postings in a few blocks: near-copies of a few texts edited in 0-10 positions, places and
    requisitions drawn from small pools (so links, conflicts and bridges all occur)."""
    rng = random.Random(seed)
    pool = [RNG.integers(0, 2**32, 64, dtype=np.uint64).tolist() for _ in range(texts)]
    places = [NOWHERE, {}, NEW_YORK] if texts > 2 else [NOWHERE, NOWHERE, {}, NEW_YORK, BOSTON]
    specs = []
    for i in range(n):
        sig = _edit(rng.choice(pool), rng.sample(range(64), rng.randint(0, 10)), rng.randint(1, 9))
        specs.append(
            _spec(
                f"r{i}",
                sig if rng.random() > 0.05 else None,
                company_key=rng.choice(["acme", "globex"]),
                title_key=rng.choice(["ml engineer", "data scientist"]),
                requisition_key=rng.choice([None] * 6 + ["1", "2"]),
                cluster_id=f"c-{rng.randrange(ids)}",
                **rng.choice(places),
            )
        )
    return specs


def _same_as_reference(home: Path, versions: list[dict[str, Any]]) -> dict[str, str]:
    run_build(home)
    got = dict(
        query(
            home,
            "select source_id, cluster_id from posting_clusters"
            " join postings using (posting_id, cluster_id)",
        )
    )
    expected = cluster_postings(
        signature(v | {"posting_id": v["source_id"]}, None) for v in versions
    )
    assert got == expected
    assert dict(query(home, "select source_id, cluster_id from posting_weeks")) == got
    return got


def test_sql_pass_equals_the_reference_on_traps(tmp_path: Path) -> None:
    write_crawl(tmp_path, "greenhouse", W1, {"acme": ("ok", TRAPS)})
    write_crawl(tmp_path, "greenhouse", W2, {"acme": ("ok", [EDITED])})
    got = _same_as_reference(tmp_path, [*TRAPS, EDITED])
    assert got["a1"] == got["a2"] == got["a3"] == got["a9"] == "c-a1"
    assert got["a5"] == "c-a5"  # the same text for New York is another job
    assert got["q2"] == "c-q1"
    assert got["a4"] == "c-a4"
    assert got["b1"] == "c-b1"
    assert got["g1"] == "c-g1"
    assert got["p1"] == "c-p1"
    assert got["p2"] == "c-p2"
    assert got["a6"] == got["a8"] == got["n1"] == "c-a6"
    assert got["v1"] == got["v2"] == "c-v1"  # v1's edit made it v2's copy
    assert got["n2"] == "c-n2"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_pass_equals_the_reference_on_random_sets(tmp_path: Path, seed: int) -> None:
    specs = _random_specs(seed)
    write_crawl(tmp_path, "greenhouse", W1, {"acme": ("ok", specs)})
    got = _same_as_reference(tmp_path, specs)
    assert 1 < len(set(got.values())) < len(got)  # the set merges some and keeps others apart


def test_a_copy_without_a_place_joins_one_job_and_bridges_none(tmp_path: Path) -> None:
    bridge = {"company_key": "bridge"}
    specs = [
        _spec("k1", S, **bridge),  # San Francisco
        _spec("k2", S, **bridge, **NEW_YORK),  # the same text for New York: another job
        _spec("k0", _edit(S, range(3)), **bridge, **NOWHERE),  # a copy of one of them
        _spec("k3", _edit(S, range(3, 6)), **bridge, **NOWHERE),  # a copy of the copy
        _spec("k4", T, requisition_key="9", **bridge, **BOSTON),
        _spec("k5", T, requisition_key="9", **bridge, **NOWHERE),  # k4's by its requisition
        _spec("k6", T, **bridge),  # k5's text in San Francisco: k5 is Boston's already
    ]
    write_crawl(tmp_path, "greenhouse", W1, {"bridge": ("ok", specs)})
    got = _same_as_reference(tmp_path, specs)
    # the copies join the smallest cluster they copy, named by the smallest id among them all
    assert got["k0"] == got["k1"] == got["k3"] == "c-k0"
    assert got["k2"] == "c-k2"
    assert got["k4"] == got["k5"] == "c-k4"
    assert got["k6"] == "c-k6"
    links = query(
        tmp_path,
        "select pure_cluster_id, linked_cluster_id, rule, placeless_copy"
        " from cluster_links where pure_cluster_id like 'c-k%' order by all",
    )
    assert ("c-k1", "c-k0", "minhash", True) in links
    assert ("c-k2", "c-k0", "minhash", True) in links
    assert ("c-k3", "c-k0", "minhash", False) in links  # two copies without a place: one job
    assert ("c-k5", "c-k4", "requisition", False) in links


@pytest.mark.parametrize("seed", [4, 5])
def test_sql_pass_equals_the_reference_where_copies_could_bridge(tmp_path: Path, seed: int) -> None:
    # two texts over four places, 2 in 5 postings without one, few shared pure ids: copies near
    # jobs in several places abound
    specs = _random_specs(seed, texts=2, ids=100_000)
    write_crawl(tmp_path, "greenhouse", W1, {"acme": ("ok", specs)})
    got = _same_as_reference(tmp_path, specs)
    assert 1 < len(set(got.values())) < len(got)
