"""normalize_record over a hand-written RawPosting: every column, and the unusable cases."""

import pytest

from jobwatch.pipeline import TAXONOMY_VERSION
from jobwatch.pipeline.normalize import RecordError, normalize_record
from jobwatch.pipeline.schema import POSTING_COLUMNS
from jobwatch.pipeline.taxonomy import TAXONOMY_DIR
from tests.pipeline.conftest import CRAWL_ID, raw_posting


def test_every_column_of_a_full_record(raw) -> None:
    row = normalize_record(raw)
    assert tuple(row) == POSTING_COLUMNS
    assert row["posting_id"]
    assert len(row["posting_id"]) == 16
    assert (row["source"], row["board"], row["source_id"], row["crawl_id"]) == (
        "greenhouse",
        "examplelabs",
        "4012345",
        CRAWL_ID,
    )
    assert (row["company"], row["company_key"]) == ("Example Labs", "examplelabs")
    assert (row["role_id"], row["role"]) == ("ai_ml_engineer", "AI/ML Engineer")
    assert row["role_confidence"] == 0.9
    assert (row["seniority"], row["seniority_evidence"]) == ("senior", "title: 'Senior'")
    # "Machine Learning" in the title is the role's own name, not a skill (taxonomy README).
    assert row["skills"] == [
        "PyTorch",
        "Kubernetes",
        "AWS",
        "Python",
        "RAG",
        "Vector Databases",
        "Pinecone",
    ]
    assert row["skill_ids"][:2] == ["pytorch", "kubernetes"]
    assert row["skill_hits"][0] == {
        "id": "pytorch",
        "name": "PyTorch",
        "text": "PyTorch",
        "start": 85,
        "end": 92,
    }
    assert (row["salary_min"], row["salary_max"], row["salary_currency"]) == (190000, 240000, "USD")
    assert (row["salary_period"], row["salary_source"]) == ("year", "structured")
    assert (row["salary_min_usd"], row["salary_max_usd"]) == (190000, 240000)
    assert (row["work_mode"], row["city"], row["region"], row["country"], row["metro"]) == (
        "onsite",
        "San Francisco",
        "CA",
        "US",
        "San Francisco",
    )
    assert row["posted_at"] == "2026-11-10"
    # when it was first and last seen, and which copy of a job counts, are the warehouse's
    assert not {"first_seen", "last_seen", "is_canonical"} & set(row)
    assert row["taxonomy_version"] == TAXONOMY_VERSION


def test_taxonomy_version_comes_from_the_version_file() -> None:
    assert (TAXONOMY_DIR / "VERSION").read_text().strip() == TAXONOMY_VERSION
    assert TAXONOMY_VERSION.count(".") == 2


def test_salary_from_text_when_no_structured_figures() -> None:
    row = normalize_record(raw_posting(salary_structured=None, salary_raw="£60,000 - £70,000"))
    assert (row["salary_currency"], row["salary_source"], row["salary_raw"]) == (
        "GBP",
        "text",
        "£60,000 - £70,000",
    )


def test_same_job_on_two_boards_shares_a_cluster_but_not_an_id() -> None:
    first = normalize_record(raw_posting())
    second = normalize_record(
        raw_posting(source="lever", board="example", source_id="abc-1", company="Example Labs")
    )
    assert first["cluster_id"] == second["cluster_id"]
    assert first["posting_id"] != second["posting_id"]


def test_sparse_record_only_required_fields() -> None:
    row = normalize_record({"source": "remoteok", "source_id": "9", "title": "Data Analyst"})
    assert row["role"] == "Data Analyst"
    assert row["company"] is None
    assert row["work_mode"] == "unknown"
    assert row["salary_min_usd"] is None
    assert row["fetched_at"] is None
    assert row["skills"] == []


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"source": "greenhouse", "source_id": "1", "title": "  "}, "missing_required"),
        ({"source": "greenhouse", "title": "ML Engineer"}, "missing_required"),
        (["not", "an", "object"], "not_object"),
    ],
)
def test_unusable_records_raise_with_a_reason(record, reason) -> None:
    with pytest.raises(RecordError) as error:
        normalize_record(record)
    assert error.value.reason == reason
