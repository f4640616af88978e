"""Dedup keys: title normalization, requisition ids, and same/different job pairs (with traps)."""

import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.batch import normalize_lines
from jobwatch.pipeline.dedup import (
    _without_place_suffix,
    cluster_key,
    job_anchor,
    normalize_title_key,
    requisition_key,
    text_anchor,
)
from jobwatch.pipeline.dedup import text_minhash as minhash
from jobwatch.pipeline.record import normalize_record
from tests.pipeline.conftest import raw_posting

BODY = (
    "<p>Join the applied ML team to build ranking models for our marketplace. You will own "
    "feature pipelines, offline evaluation and online experiments, and work with product and "
    "data engineering to ship models that millions of people use every day.</p>"
)
OTHER_BODY = (
    "<p>Our forecasting group predicts demand across every warehouse. You will design time "
    "series models, partner with operations planners, and run the weekly planning review with "
    "finance so that inventory decisions rest on calibrated numbers.</p>"
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Senior ML Engineer", "Sr. ML Engineer"),
        ("Senior ML Engineer", "Snr ML Engineer"),
        ("Machine Learning Engineer", "ML Engineer"),
        ("Software Engineer II", "Software Engineer 2"),
        ("Data Analyst", "Data Analyst [R-0042]"),
        ("Data Analyst", "Data Analyst (Req #48213)"),
        ("Data Analyst", "Job ID: 1234 Data Analyst"),
        ("Data Engineer", "Data Engineer - Remote (US)"),
        ("Data Engineer", "Data Engineer (Hybrid)"),
        ("Research Scientist, Alignment", "research scientist alignment"),
    ],
)
def test_title_keys_that_are_one_job(a: str, b: str) -> None:
    assert normalize_title_key(a) == normalize_title_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Data Scientist", "Data Scientist (New Grad)"),  # trap: the qualifier is a different job
        ("Data Scientist", "Senior Data Scientist"),
        ("Machine Learning Engineer", "Machine Learning Engineer - Recommendations"),
        ("Software Engineer II", "Software Engineer III"),
        ("Software Engineer (Contract)", "Software Engineer"),
        ("ML Engineer, Search", "ML Engineer, Ads"),
        ("Data Scientist Intern", "Data Scientist"),
    ],
)
def test_title_keys_that_are_different_jobs(a: str, b: str) -> None:
    assert normalize_title_key(a) != normalize_title_key(b)


def test_a_trailing_place_of_the_posting_is_dropped_from_the_title() -> None:
    key = normalize_title_key("ML Engineer - San Francisco", ("San Francisco",))
    assert key == normalize_title_key("ML Engineer")
    assert normalize_title_key("ML Engineer - Payments", ("San Francisco",)) != key


def _place_suffix_reference(text: str, place: str) -> str:
    """The definition _without_place_suffix is held to (one regex per place)."""
    return re.sub(rf"[\s,\-–—|/(]+{re.escape(place)}\)?\s*$", "", text)


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ("ml engineer - london", "london", "ml engineer"),
        ("ml engineer (london) ", "london", "ml engineer"),
        ("ml engineer, new york\n", "new york", "ml engineer"),
        ("ml engineer -/ london)", "london", "ml engineer"),
        # traps: the place glued to a word, inside the title, or the whole title stays
        ("ml engineer londonderry", "london", "ml engineer londonderry"),
        ("ml engineer newlondon", "london", "ml engineer newlondon"),
        ("london ml engineer", "london", "london ml engineer"),
        ("london", "london", "london"),
        ("ml engineer - london)x", "london", "ml engineer - london)x"),
    ],
)
def test_trailing_place_by_string_tests_as_the_regex(text: str, place: str, expected: str) -> None:
    assert _without_place_suffix(text, place) == expected
    assert _place_suffix_reference(text, place) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=" -,(|/)–abcdé\n\t", max_size=20),
    # a place name starts and ends with a letter (GeoNames and ISO names do)
    st.from_regex(r"[abc](?:[ \-()abc]{0,4}[abc])?", fullmatch=True),
)
def test_trailing_place_matches_its_regex_on_any_text(text: str, place: str) -> None:
    for candidate in (text, f"{text} - {place}", f"{text}({place}) "):
        got = _without_place_suffix(candidate, place)
        assert got == _place_suffix_reference(candidate, place)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"requisition_id": "R-0042"}, "42"),
        ({"requisition_id": "REQ42"}, "42"),
        ({"requisition_id": 42}, "42"),
        ({"refNumber": "REF-7781-B"}, "ref7781b"),
        ({"requisitionCode": "ENG-12"}, "eng12"),
        ({"requisition_id": None}, None),
        ({"requisition_id": "N/A"}, None),
        ({"requisition_id": ""}, None),
        ({"requisition_id": True}, None),
        ({}, None),
        (None, None),
        ("not a payload", None),
    ],
)
def test_requisition_key(payload: Any, expected: str | None) -> None:
    assert requisition_key(payload) == expected


def test_text_anchor_ignores_markup_case_and_figures_but_not_words() -> None:
    text = "We build ranking models. " * 10
    assert text_anchor(text) == text_anchor(text.upper().replace(".", ",\n"))
    assert text_anchor(text + " Pay: $150,000") == text_anchor(text + " Pay: $165,000")
    assert text_anchor(text) != text_anchor(text + " and forecasting")
    assert text_anchor("too short to identify a job") == ""


def _cluster(**changes: Any) -> str:
    base = {"description_html": BODY, "payload": {"id": 1}}
    return str(normalize_record(raw_posting(**(base | changes)))["cluster_id"])


@pytest.mark.parametrize(
    ("label", "changes"),
    [
        ("repost: new id, same text", {"source_id": "999"}),
        ("repost on another board", {"board": "examplelabs-eu", "source_id": "77"}),
        ("Sr. for Senior", {"title": "Sr. Machine Learning Engineer"}),
        ("req code in the title", {"title": "Senior Machine Learning Engineer (Req #4821)"}),
        ("re-crawl with a pay edit", {"description_html": BODY + "<p>$190,000-$250,000</p>"}),
        (
            "same requisition, edited text",
            {"payload": {"requisition_id": "R-1"}, "description_html": OTHER_BODY},
        ),
        ("company suffix", {"company": "Example Labs"}),
        ("location spelled differently", {"location_raw": "San Francisco, California"}),
    ],
)
def test_same_job_gets_one_cluster(label: str, changes: dict[str, Any]) -> None:
    reference = _cluster(payload={"requisition_id": "R-1"}) if "payload" in changes else _cluster()
    assert _cluster(**changes) == reference, label


@pytest.mark.parametrize(
    ("label", "changes"),
    [
        ("same title and city, other text", {"description_html": OTHER_BODY}),
        ("same title and city, other requisition", {"payload": {"requisition_id": "R-2"}}),
        ("New Grad variant", {"title": "Senior Machine Learning Engineer (New Grad)"}),
        ("other level", {"title": "Machine Learning Engineer"}),
        ("other city", {"location_raw": "New York, NY"}),
        ("remote copy", {"location_raw": "Remote - US"}),
        ("other company", {"company": "Other Labs"}),
    ],
)
def test_different_jobs_get_different_clusters(label: str, changes: dict[str, Any]) -> None:
    reference = _cluster(payload={"requisition_id": "R-1"}) if "payload" in changes else _cluster()
    assert _cluster(**changes) != reference, label


def test_cluster_id_does_not_depend_on_the_batch() -> None:
    posting = raw_posting(description_html=BODY)
    others = [raw_posting(source_id=str(n), description_html=OTHER_BODY) for n in range(3)]
    alone = normalize_lines([json.dumps(posting).encode()], "alone").rows
    mixed = normalize_lines([json.dumps(r).encode() for r in [*others, posting]], "mixed").rows
    assert alone[0]["cluster_id"] == mixed[-1]["cluster_id"]
    assert mixed[0]["cluster_id"] != mixed[-1]["cluster_id"]


@settings(max_examples=150, deadline=None)
@given(st.text(), st.one_of(st.none(), st.text()), st.dictionaries(st.text(), st.text()))
def test_dedup_keys_take_any_text(title: str, description: str | None, payload: dict) -> None:
    anchor = job_anchor(payload, description)
    assert anchor == "" or anchor.startswith(("req:", "text:"))
    assert len(cluster_key(title, title, description, anchor, (title,))) == 16
    signature = minhash(description)
    assert signature is None or signature.shape == (64,)
