"""normalize_many: stage by stage over a batch, exactly what normalize_with_issues gives each."""

import gc
import json
from typing import Any

import pytest

import jobwatch.pipeline.batch as batch_module
import jobwatch.pipeline.record as record
import jobwatch.pipeline.stages as stages
from jobwatch.pipeline.batch import normalize_lines
from jobwatch.pipeline.record import RecordError, normalize_with_issues
from jobwatch.pipeline.stages import BATCH, normalize_many
from tests.pipeline.conftest import raw_posting

_POSTINGS = [
    raw_posting(),
    raw_posting(source_id="2", title="Data Analyst", location_raw="Remote - US"),
    raw_posting(source_id="3", title="Staff Nurse", location_raw="Berlin, Germany"),
    raw_posting(source_id="4", description_html="<p>$10 an hour; salary $85,000Benefits</p>"),
    raw_posting(source_id="5", company="Databricks", description_html="<p>Spark, Python</p>"),
]


@pytest.mark.parametrize("count", [1, 3, BATCH, BATCH + 7])
def test_rows_and_issues_are_those_of_one_posting_at_a_time(count: int) -> None:
    raws = [dict(_POSTINGS[i % len(_POSTINGS)], source_id=str(i)) for i in range(count)]
    assert normalize_many(raws) == [normalize_with_issues(raw) for raw in raws]


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("not a dict", "not_object"),
        ({"title": "ML Engineer"}, "missing_required"),
    ],
)
def test_an_unusable_record_is_its_error_and_the_others_are_kept(bad: Any, reason: str) -> None:
    outcomes = normalize_many([_POSTINGS[0], bad, _POSTINGS[1]])
    assert isinstance(outcomes[1], RecordError)
    assert outcomes[1].reason == reason
    assert outcomes[0] == normalize_with_issues(_POSTINGS[0])
    assert outcomes[2] == normalize_with_issues(_POSTINGS[1])


def test_a_stage_that_raises_costs_its_posting_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = record.classify_role

    def role(title: str, *args: Any) -> Any:
        if title == "Data Analyst":
            raise KeyError("broken table")
        return real(title, *args)

    monkeypatch.setattr(record, "classify_role", role)
    outcomes = normalize_many(_POSTINGS[:3])
    assert isinstance(outcomes[1], KeyError)
    assert [o[0]["source_id"] for o in (outcomes[0], outcomes[2])] == ["4012345", "3"]


def test_the_quarantine_keeps_line_order_around_a_bad_line() -> None:
    pay = {"min": 5, "max": 8, "currency": "USD", "period": "YEAR"}  # 8,000 USD a year: absurd
    absurd = raw_posting(source_id="9", salary_structured=pay)
    lines = [json.dumps(absurd).encode(), b"{not json", json.dumps(absurd).encode()]
    batch = normalize_lines(lines, "f.jsonl")
    assert [(q["where"], q["reason"]) for q in batch.quarantine] == [
        ("f.jsonl:1", "salary_absurd"),
        ("f.jsonl:2", "malformed_json"),
        ("f.jsonl:3", "salary_absurd"),
    ]
    assert len(batch.rows) == 2


def test_a_batch_stage_that_raises_costs_its_posting_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = record.dedup_columns_many

    def columns(postings: list[Any]) -> Any:
        if any(posting[2] == "Data Analyst" for posting in postings):
            raise ValueError("broken signature")
        return real(postings)

    monkeypatch.setattr(record, "dedup_columns_many", columns)
    outcomes = normalize_many(_POSTINGS[:3])
    assert isinstance(outcomes[1], ValueError)
    monkeypatch.undo()
    assert outcomes[0] == normalize_with_issues(_POSTINGS[0])
    assert outcomes[2] == normalize_with_issues(_POSTINGS[2])


def test_long_descriptions_cut_a_batch_short_and_change_no_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # memory stays bounded by the characters a batch holds, not by how long its postings are
    text = "Python and SQL on AWS, $120,000 - $150,000 a year. " * 20
    raws = [raw_posting(source_id=str(i), description_text=text) for i in range(12)]
    seen: list[int] = []
    real = stages._batch
    monkeypatch.setattr(stages, "_batch", lambda part: seen.append(len(part)) or real(part))
    monkeypatch.setattr(stages, "BATCH_CHARS", int(2.5 * len(text)))
    assert normalize_many(raws) == [normalize_with_issues(raw) for raw in raws]
    assert seen == [3, 3, 3, 3]  # the budget is reached at each batch's third posting


def test_lines_past_the_pending_bytes_are_classified_in_line_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pay = {"min": 5, "max": 8, "currency": "USD", "period": "YEAR"}  # absurd: quarantined
    lines = [
        json.dumps(raw_posting(source_id=str(i), salary_structured=pay)).encode() for i in range(6)
    ]
    lines[4] = b"{not json"
    expected = normalize_lines(lines, "f.jsonl")
    seen: list[int] = []
    real = batch_module.normalize_many
    monkeypatch.setattr(
        batch_module, "normalize_many", lambda raws: seen.append(len(raws)) or real(raws)
    )
    monkeypatch.setattr(batch_module, "PENDING_BYTES", len(lines[0]) + 1)  # two lines a batch
    batch = normalize_lines(lines, "f.jsonl")
    assert [size for size in seen if size] == [2, 2, 1]
    assert batch.rows == expected.rows
    assert batch.quarantine == expected.quarantine
    assert [q["where"] for q in batch.quarantine] == [f"f.jsonl:{n}" for n in range(1, 7)]


def test_the_collector_settings_are_the_callers_again_afterwards() -> None:
    before = gc.get_threshold()
    gc.set_threshold(650, 9, 11)
    try:
        normalize_many(_POSTINGS[:2])
        assert gc.get_threshold() == (650, 9, 11)
    finally:
        gc.set_threshold(*before)
