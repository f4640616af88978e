"""The gold set's labels and its scoring parts: label format, halves, HN pairing, salary match."""

from __future__ import annotations

import hashlib
import re

import pytest

from jobwatch.pipeline.evaluation.real_gold import FOLDERS, gold_rows
from jobwatch.pipeline.evaluation.real_gold.hn import pair
from jobwatch.pipeline.evaluation.real_gold.measures_salary import same
from jobwatch.pipeline.evaluation.real_gold.measures_skills import labelled, listed_pairs, pairs
from jobwatch.pipeline.evaluation.real_gold.rows import DEV, TEST, half, load_labels
from jobwatch.pipeline.role import roles
from tests.eval_data import EVAL_DATA

FIELDS = [
    "role",
    "seniority",
    "salary",
    "work_mode",
    "country",
    "region",
    "city",
    "metro",
    "skills",
]
SHARED = [f for f in FIELDS if f not in ("role", "seniority")]  # an HN comment's top-level labels
ROLE_NAMES = {None} | {name for _, name in roles()}
PERIODS = {"hour", "day", "week", "month", "year"}
CODE = re.compile(r"[A-Z]{2}")  # ISO 3166-1 alpha-2
CURRENCY = re.compile(r"[A-Z]{3}")  # ISO 4217


def _check_labels(labels: dict, fields: list[str]) -> None:
    assert list(labels) == fields
    assert labels.get("role") in ROLE_NAMES
    assert labels.get("seniority") in (None, "entry", "mid", "senior")
    assert labels["work_mode"] in ("remote", "hybrid", "onsite", "unknown")
    assert labels["country"] is None or CODE.fullmatch(labels["country"])
    assert labels["metro"] is None or labels["city"] is not None
    assert len(set(labels["skills"])) == len(labels["skills"])
    pay = labels["salary"]
    if pay is not None:
        assert pay["period"] in PERIODS
        assert CURRENCY.fullmatch(pay["currency"])
        bounds = [b for b in (pay["min"], pay["max"]) if b is not None]
        assert bounds == sorted(bounds)
        assert bounds


@pytest.mark.parametrize("dataset", FOLDERS)
def test_label_lines_follow_the_format(dataset: str) -> None:
    lines = load_labels(dataset)
    assert len({line["id"] for line in lines}) == len(lines)
    for line in lines:
        if dataset == "hn-whoishiring":
            _check_labels(line["labels"], SHARED)
            for posting in line["postings"]:
                assert posting["role"] in ROLE_NAMES, line["id"]
        else:
            _check_labels({"role": None, "seniority": None} | line["labels"], FIELDS)


def test_every_labelled_posting_is_read_from_the_data() -> None:
    rows = gold_rows(EVAL_DATA)
    labelled = [row for row in rows if row.want is not None]
    assert len(labelled) == 200 + 120 + 26 + 191
    by_dataset = {row.dataset for row in labelled if row.got is not None}
    assert by_dataset == set(FOLDERS)  # LinkedIn and ATS rows always have their posting
    assert all(row.got for row in labelled if row.dataset != "hn-whoishiring")


@pytest.mark.parametrize("item_id", ["3844035605", "16500494", "a/b.json#1"])
def test_halves_follow_the_sha1_rule(item_id: str) -> None:
    digest = int(hashlib.sha1(f"some-set:{item_id}".encode()).hexdigest(), 16)
    assert half("some-set", item_id) == (TEST if digest % 2 else DEV)


def test_halves_split_each_dataset_roughly_in_two() -> None:
    for dataset in FOLDERS:
        ids = [line["id"] for line in load_labels(dataset)]
        dev = sum(half(dataset, i) == DEV for i in ids)
        assert 0.3 < dev / len(ids) < 0.7, dataset


@pytest.mark.parametrize(
    ("extracted", "labelled", "pairs"),
    [
        (["iOS Engineer", "QA Lead"], ["QA Lead", "iOS Engineer"], {(0, 1), (1, 0)}),
        (["Senior Backend Go Developers"], ["Senior Backend Go Developer"], {(0, 0)}),
        (["FullStack engineer"], ["Full Stack Engineer"], {(0, 0)}),
        # the most similar pairs first: "Frontend" must not take "Backend"'s label
        (["Backend Engineer", "Frontend Engineer"], ["Frontend Engineer"], {(1, 0)}),
        # trap: a vague title is not a posting the labels name
        (["Seeking PHP Experts"], ["Software Engineer (PHP)"], set()),
        (["Engineers"], [], set()),
    ],
)
def test_hn_postings_pair_by_title(
    extracted: list[str], labelled: list[str], pairs: set[tuple[int, int]]
) -> None:
    assert set(pair(extracted, labelled)) == pairs


USD_YEAR = {"currency": "USD", "period": "year"}


@pytest.mark.parametrize(
    ("want", "got", "right"),
    [
        (None, None, True),
        ({"min": 100_000, "max": 120_000, **USD_YEAR}, None, False),
        (None, {"min": 10, "max": 10, **USD_YEAR}, False),
        (
            {"min": 100_000, "max": 120_000, **USD_YEAR},
            {"min": 100_900, "max": 120_000, **USD_YEAR},
            True,
        ),
        (
            {"min": 100_000, "max": 120_000, **USD_YEAR},
            {"min": 101_100, "max": 120_000, **USD_YEAR},
            False,
        ),
        # "up to X" has no min: giving one is wrong
        ({"min": None, "max": 80, **USD_YEAR}, {"min": 80, "max": 80, **USD_YEAR}, False),
        (
            {"min": 50, "max": 60, **USD_YEAR},
            {"min": 50, "max": 60, "currency": "CAD", "period": "year"},
            False,
        ),
        (
            {"min": 50, "max": 60, **USD_YEAR},
            {"min": 50, "max": 60, "currency": "USD", "period": "hour"},
            False,
        ),
    ],
)
def test_salary_is_right_within_one_percent(want, got, right: bool) -> None:
    assert same(want, got) is right


def test_the_skills_ceiling_bounds_recall_on_both_halves() -> None:
    # A labelled technology the taxonomy has no name for can only be missed: the ceiling the
    # eval prints is what recall would be if every listed one were found, never below recall.
    rows = [row for row in gold_rows(EVAL_DATA) if row.matched]
    for chosen in (rows, [row for row in rows if row.half == TEST]):
        listed, labelled_pairs = listed_pairs(chosen)
        hits, same_pairs = pairs(chosen, labelled)
        assert same_pairs == labelled_pairs
        assert hits <= listed < labelled_pairs  # some labels name technologies no list has
