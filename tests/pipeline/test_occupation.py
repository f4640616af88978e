"""O*NET title lookup (job zone, SOC group) and the derivation of onet_titles.csv."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobwatch.pipeline.occupation import OccupationInfo, _longest_suffix, _table, occupation_of
from jobwatch.pipeline.taxonomy.build_job_zones import compact, derive
from tests.eval_data import EVAL_DATA

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("title", "matched", "zone_at_most_2", "major"),
    [
        ("Cashier - Part Time", "cashier", True, None),
        ("Overnight Stocker", None, True, None),  # head-final: a stocker
        ("Waiter/Server", "waiter", True, "35"),
        ("Senior Software Engineer III", None, False, "15"),
        ("Machine Learning Engineer 5", None, False, "15"),
        ("Database Administrator (Remote)", None, False, "15"),
        ("Registered Nurse", None, False, "29"),
        # A head written short ("Tech") is read in full when that knows more of the title; a
        # grade code after the head ("12A") says how, not what.
        ("Pharmacy Tech", "pharmacy technician", False, "29"),
        ("Maintenance Tech 12A - 2nd Shift", "maintenance tech", False, "49"),
        ("Vet Tech", "vet tech", False, "29"),  # O*NET's own short form
        ("IT Tech", "it tech", False, "15"),  # trap: not O*NET's "it technician" (49)
        # the job is named before "for" or "at": the employer or the place follows
        ("Maintenance Tech for Luxury Property", "maintenance tech", False, "49"),
        ("Barista at the Airport", "barista", True, "35"),
    ],
)
def test_title_readings(
    title: str, matched: str | None, zone_at_most_2: bool, major: str | None
) -> None:
    found = occupation_of(title)
    assert found is not None
    if matched is not None:
        assert found.title == matched
    assert (found.info.zone <= 2) == zone_at_most_2
    if major is not None:
        assert found.info.major == major


@pytest.mark.parametrize(
    "title",
    [
        *("", "Team Member", "Store Hourly", "  - / ( )", "Senior Cyber, E&O Underwriter"[:12]),
        "Tech Lead",  # a lead of technology, not a technician
    ],
)
def test_unknown_titles_and_clipped_words_have_no_reading(title: str) -> None:
    # "Senior Cyber": O*NET's one-word short title "Cyber" is a clipped word, not a title.
    assert occupation_of(title) is None


def test_a_leading_segment_without_an_occupation_is_skipped() -> None:
    found = occupation_of("Full Time - Housekeeper")
    assert found is not None
    assert found.title == "housekeeper"


def test_compaction_drops_only_rows_the_shorter_suffix_answers_the_same() -> None:
    info = {z: OccupationInfo(z, "35", False) for z in (1, 2, 4)}
    table = {"cook": info[2], "line cook": info[2], "head line cook": info[4], "prep cook": info[1]}
    kept = compact(table)
    assert set(kept) == {"cook", "head line cook", "prep cook"}
    for key in ["cook", "line cook", "head line cook", "prep cook", "sous line cook", "baker"]:
        full, short = _longest_suffix(key, table), _longest_suffix(key, kept)
        assert (full and full.info) == (short and short.info), key


def _write(path: Path, header: str, rows: list[str]) -> None:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def test_derive_takes_the_median_zone_and_reads_parentheses(tmp_path: Path) -> None:
    _write(
        tmp_path / "Job Zones.txt",
        "code\tzone\tdate\tsource",
        [
            "35-1011.00\t3\tx\tx",
            "35-2011.00\t1\tx\tx",
            "35-2014.00\t2\tx\tx",
            "11-1011.00\t5\tx\tx",
            "15-1299.06\t4\tx\tx",
        ],
    )
    _write(
        tmp_path / "Alternate Titles.txt",
        "code\ttitle\tshort\tsource",
        [
            "35-1011.00\tCook\tn/a\t08",
            "35-2011.00\tCook\tn/a\t08",
            "35-2014.00\tCook\tn/a\t08",
            "11-1011.00\tCEO (Chief Executive Officer)\tCEO\t10",
            "15-1299.06\tCybersecurity Analyst (Cyber)\tCyber\t10",
        ],
    )
    _write(tmp_path / "Sample of Reported Titles.txt", "code\ttitle\tshown", [])
    table = derive(tmp_path)
    # zones 1, 2, 3: median 2; two of its three occupations are cooks (35-2): a trade
    assert table["cook"] == OccupationInfo(2, "35", False, trade=True)
    assert table["ceo"] == table["chief executive officer"] == OccupationInfo(5, "11", True)
    assert not table["cybersecurity analyst"].trade
    assert "cybersecurity analyst" in table
    assert "cyber" not in table


def test_shipped_table_is_the_derivation_of_the_onet_files() -> None:
    onet = EVAL_DATA / "onet"
    assert onet.is_dir(), f"O*NET files missing at {onet}"
    assert compact(derive(onet)) == _table()


@given(st.text(max_size=200))
def test_any_text_reads_without_error(title: str) -> None:
    found = occupation_of(title)
    assert found is None or 1 <= found.info.zone <= 5
