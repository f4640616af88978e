"""The per-process memos of short fields (title, location, company) give what a fresh computation
gives, are bounded, and a posting's result does not depend on the postings normalized before it."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline import location, role, seniority, work_mode
from jobwatch.pipeline.company import normalize_company
from jobwatch.pipeline.location import parse_location
from jobwatch.pipeline.memo import MEMO_SIZE, clear_memos, memos
from jobwatch.pipeline.role import classify_role
from jobwatch.pipeline.seniority import classify_seniority

MEMOS = [
    role._from_title,
    seniority._read_title,
    location._place,
    work_mode._from_fields,
    normalize_company,
]
WORDS = [
    "Senior",
    "Staff",
    "ML",
    "Machine Learning",
    "Engineer",
    "Software",
    "Cashier",
    "Manager",
    "Remote",
    "Hybrid",
    "New York, NY",
    "San Francisco",
    "Boston",
    "- US",
    "(",
    ")",
    ";",
    ",",
    "Inc.",
    "LLC",
    "Acme",
    "İ",
    " ",
    "II",
    "Intern",
    "Director",
    "Data",
    "on-site",
]
FIELD = st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join)


@pytest.mark.parametrize("memo", MEMOS, ids=lambda m: f"{m.__module__}.{m.__name__}")
def test_memos_are_bounded(memo) -> None:
    assert memo.cache_info().maxsize == MEMO_SIZE
    assert memo in memos()


def test_clear_memos_forgets_every_entry() -> None:
    classify_role("Senior Data Scientist")
    parse_location("Boston, MA")
    clear_memos()
    assert all(memo.cache_info().currsize == 0 for memo in memos())


@settings(max_examples=200, deadline=None)
@given(FIELD, FIELD)
def test_memo_gives_what_a_fresh_computation_gives(title, place) -> None:
    assert role._from_title(title) == role._from_title.__wrapped__(title)
    assert seniority._read_title(title) == seniority._read_title.__wrapped__(title)
    assert location._place(place) == location._place.__wrapped__(place)
    fields = work_mode._from_fields(title, place, title)
    assert fields == work_mode._from_fields.__wrapped__(title, place, title)
    assert normalize_company(title) == normalize_company.__wrapped__(title)


@pytest.mark.parametrize(
    ("title", "description", "role_id", "level"),
    [
        ("Senior Machine Learning Engineer", "", "ai_ml_engineer", "senior"),
        (
            "Software Engineer",
            "Own model serving, MLflow, Kubeflow and the feature store.",
            "mlops_engineer",
            None,
        ),
        ("Software Engineer", "Build our shoe shop.", None, None),
        (
            "Software Engineer",
            "5+ years of experience with MLflow and Kubeflow.",
            "mlops_engineer",
            "senior",
        ),
    ],
)
def test_same_title_other_description(title, description, role_id, level) -> None:
    # The title's part is memoized; what the description decides is not.
    clear_memos()
    cold = classify_role(title, description), classify_seniority(title, description)
    warm = classify_role(title, description), classify_seniority(title, description)
    assert cold == warm
    assert (cold[0].role_id, cold[1].level) == (role_id, level)


def test_same_place_other_description() -> None:
    onsite = parse_location("Boston, MA", None, "This role is on-site.")
    remote = parse_location("Boston, MA", None, "This role is fully remote.")
    assert (onsite.work_mode, remote.work_mode) == ("onsite", "remote")
    assert onsite.city == remote.city == "Boston"
