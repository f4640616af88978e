"""Clusters on the bundled sample's ground truth, and the global MinHash pass."""

from __future__ import annotations

import csv
import random
from pathlib import Path
from typing import Any

import pytest

from jobwatch.crawlers.extract.greenhouse import extract_jobs
from jobwatch.pipeline.record import normalize_record
from tests.warehouse.cluster_reference import (
    Signature,
    cluster_postings,
    minhash,
    signature,
    similarity,
)

SAMPLE = Path(__file__).resolve().parents[2] / "crawlers" / "sample"
WEEKS = ("2026-11-09", "2026-11-16")


def _sample_raws(week: str) -> list[dict[str, Any]]:
    raws: list[dict[str, Any]] = []
    for body in sorted((SAMPLE / "greenhouse" / f"week={week}").glob("*.json")):
        result = extract_jobs(
            body.read_bytes(),
            board=body.stem,
            url="http://127.0.0.1/",
            crawl_id="greenhouse-t",
            fetched_at=f"{week}T06:00:00Z",
        )
        raws.extend(result.items)
    return raws


@pytest.fixture(scope="module")
def sample() -> dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, str]]]]:
    out = {}
    for week in WEEKS:
        raws = _sample_raws(week)
        labels = list(csv.DictReader((SAMPLE / "labels" / f"{week}.csv").open()))
        out[week] = (raws, [normalize_record(r) for r in raws], labels)
    return out


def _true_clusters(labels: list[dict[str, str]]) -> int:
    ids = {label["id"] for label in labels}
    return len(
        {label["repost_of"] if label["repost_of"] in ids else label["id"] for label in labels}
    )


@pytest.mark.parametrize(
    ("week", "postings", "clusters"), [(WEEKS[0], 316, 314), (WEEKS[1], 324, 320)]
)
def test_sample_weeks_have_the_ground_truth_number_of_clusters(sample, week, postings, clusters):
    raws, rows, labels = sample[week]
    assert len(rows) == postings
    assert _true_clusters(labels) == clusters
    assert len({row["cluster_id"] for row in rows}) == clusters
    pairs = zip(rows, raws, strict=True)
    global_pass = cluster_postings(
        signature(r, raw["description_text"], raw["payload"]) for r, raw in pairs
    )
    assert len(set(global_pass.values())) == clusters


def test_every_sample_repost_joins_its_original_across_weeks(sample) -> None:
    cluster = {row["source_id"]: row["cluster_id"] for w in WEEKS for row in sample[w][1]}
    reposts = [label for w in WEEKS for label in sample[w][2] if label["repost_of"]]
    assert len(reposts) == 9
    assert all(cluster[label["id"]] == cluster[label["repost_of"]] for label in reposts)


def test_no_two_sample_jobs_share_a_cluster(sample) -> None:
    _, rows, labels = sample[WEEKS[1]]
    root = {label["id"]: label["repost_of"] or label["id"] for label in labels}
    members: dict[str, set[str]] = {}
    for row in rows:
        members.setdefault(row["cluster_id"], set()).add(root[row["source_id"]])
    assert [m for m in members.values() if len(m) > 1] == []


_RNG = random.Random(7)
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
]
TEXT = " ".join(_RNG.choice(VOCABULARY) for _ in range(400))


def _sig(pid: str, text: str, **kw: Any) -> Signature:
    base = {
        "cluster_id": f"c-{pid}",
        "company_key": "acme",
        "title_key": "ml engineer",
        "place_key": "US|San Francisco|",
        "requisition": None,
    }
    return Signature(posting_id=pid, minhash=minhash(text), **(base | kw))


def test_minhash_estimates_jaccard() -> None:
    words = TEXT.split()
    edited = " ".join(words[:380] + ["completely", "different", "closing", "words"] * 5)
    a, b, c = minhash(TEXT), minhash(edited), minhash(TEXT.upper())
    assert a is not None
    assert b is not None
    assert c is not None
    assert similarity(a, c) == 1.0
    assert 0.75 <= similarity(a, b) < 1.0
    assert similarity(a, minhash("an entirely unrelated text about gardening and roses")) < 0.1
    assert minhash("two words") is None


@pytest.mark.parametrize(
    ("label", "other", "merged"),
    [
        ("board copy, same text", {}, True),
        ("board copy, no place given", {"place_key": ""}, True),
        ("same requisition, other text", {"requisition": "42", "text": "other words here"}, True),
        ("other title", {"title_key": "senior ml engineer"}, False),
        ("other company", {"company_key": "globex"}, False),
        ("other city", {"place_key": "US|New York|"}, False),
        ("other requisition", {"requisition": "43"}, False),
        ("unrelated text", {"text": "we grow tomatoes in sunny fields " * 20}, False),
    ],
)
def test_global_pass_pairs(label: str, other: dict[str, Any], merged: bool) -> None:
    text = other.pop("text", TEXT)
    first = _sig("a", TEXT, requisition="42" if "requisition" in other else None)
    got = cluster_postings([first, _sig("b", text, **other)])
    assert (got["a"] == got["b"]) is merged, label


def test_global_pass_is_order_independent_and_names_clusters_by_smallest_id() -> None:
    sigs = [_sig(p, TEXT) for p in "dcba"] + [_sig("e", "we grow tomatoes in sunny fields " * 20)]
    forward, backward = cluster_postings(sigs), cluster_postings(reversed(sigs))
    assert forward == backward
    assert {forward[p] for p in "abcd"} == {"c-a"}
    assert forward["e"] == "c-e"


NEW_YORK = "US|New York|"


@pytest.mark.parametrize(
    ("label", "sigs", "clusters"),
    [
        ("a copy joins the one job it copies", [("b", ""), ("c", None)], {"b": "c-b", "c": "c-b"}),
        (
            "a copy of the same text in two cities joins the smallest, merges neither",
            [("b", ""), ("c", None), ("d", NEW_YORK)],
            {"b": "c-b", "c": "c-b", "d": "c-d"},
        ),
        (
            "the copy's smaller id names the cluster it joins",
            [("a", ""), ("b", None), ("c", NEW_YORK)],
            {"a": "c-a", "b": "c-a", "c": "c-c"},
        ),
        (
            "two copies of each other are one job, together joining one city",
            [("a", ""), ("b", ""), ("c", None), ("d", NEW_YORK)],
            {"a": "c-a", "b": "c-a", "c": "c-a", "d": "c-d"},
        ),
        ("copies only: one job", [("a", ""), ("b", "")], {"a": "c-a", "b": "c-a"}),
    ],
)
def test_a_copy_without_a_place_never_bridges_two_places(
    label: str, sigs: list[tuple[str, str | None]], clusters: dict[str, str]
) -> None:
    # place None: San Francisco (the default); "" no place
    got = cluster_postings(
        _sig(pid, TEXT) if place is None else _sig(pid, TEXT, place_key=place)
        for pid, place in sigs
    )
    assert got == clusters, label
