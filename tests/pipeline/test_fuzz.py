"""Arbitrary text into every parser: no exception, and results keep their invariants."""

from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.company import normalize_company
from jobwatch.pipeline.dedup import cluster_key
from jobwatch.pipeline.location import parse_location
from jobwatch.pipeline.normalize import normalize_record
from jobwatch.pipeline.role import classify_role
from jobwatch.pipeline.salary import parse_salary
from jobwatch.pipeline.seniority import classify_seniority
from jobwatch.pipeline.skills import extract_skills

# Text biased towards the characters the parsers care about.
TEXT = st.text(
    alphabet=st.sampled_from(list("$€£¥₹kK0123456789,.-–/ ()+&#RGoCaremotIhybdSnl\n"))
    | st.characters(),
    max_size=200,
)
OPTIONAL = st.none() | TEXT
FAST = settings(max_examples=150, deadline=None)


@FAST
@given(TEXT, OPTIONAL)
def test_role_and_seniority(title, text) -> None:
    assert classify_role(title, text).confidence <= 1.0
    assert classify_seniority(title, text, text).level in {None, "entry", "mid", "senior"}


@FAST
@given(TEXT, OPTIONAL)
def test_skills_offsets_are_valid(title, text) -> None:
    full = f"{title}\n{text or ''}"
    hits = extract_skills(title, text)
    assert len({h.id for h in hits}) == len(hits)
    assert all(full[h.start : h.end] == h.text for h in hits)


@FAST
@given(
    OPTIONAL,
    st.none()
    | st.dictionaries(
        st.sampled_from(["min", "max", "currency", "period"]),
        st.none() | TEXT | st.integers() | st.floats(),
    ),
)
def test_salary(text, structured) -> None:
    result = parse_salary(structured, text).result
    if result is not None and result.min is not None and result.max is not None:
        assert result.min <= result.max
    if result is not None and result.max_usd is not None:
        assert 10_000 <= result.max_usd <= 2_000_000


@FAST
@given(OPTIONAL, OPTIONAL, OPTIONAL)
def test_location_company_dedup(location, remote, text) -> None:
    result = parse_location(location, remote, text)
    assert result.work_mode in {"remote", "hybrid", "onsite", "unknown"}
    assert result.country is None or len(result.country) == 2
    normalize_company(location)
    assert len(cluster_key(remote, location or "", text)) == 16


@FAST
@given(TEXT.filter(str.strip), OPTIONAL, OPTIONAL, OPTIONAL)
def test_normalize_record(title, description, location, salary) -> None:
    row = normalize_record(
        {
            "source": "s",
            "source_id": "1",
            "title": title,
            "description_text": description,
            "location_raw": location,
            "salary_raw": salary,
            "fetched_at": salary,
        }
    )
    assert row["title"] == title.strip()
