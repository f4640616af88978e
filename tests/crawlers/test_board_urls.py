"""A board from an ATS career-site address: what the registry build reads the public lists with."""

from __future__ import annotations

import pytest

from jobwatch.crawlers.board_urls import BoardRef, board_of_url, boards_in_text


@pytest.mark.parametrize(
    ("url", "platform", "board", "extras"),
    [
        ("https://boards.greenhouse.io/anthropic", "greenhouse", "anthropic", {}),
        ("https://job-boards.greenhouse.io/acme/jobs/123", "greenhouse", "acme", {}),
        ("https://boards.greenhouse.io/embed/job_board?for=acme", "greenhouse", "acme", {}),
        ("https://boards-api.greenhouse.io/v1/boards/acme/jobs", "greenhouse", "acme", {}),
        ("https://jobs.lever.co/palantir/abc-123", "lever", "palantir", {}),
        ("https://jobs.eu.lever.co/qonto", "lever", "qonto", {"host": "eu"}),
        ("https://jobs.ashbyhq.com/openai", "ashby", "openai", {}),
        ("https://api.ashbyhq.com/posting-api/job-board/cursor", "ashby", "cursor", {}),
        ("https://apply.workable.com/huggingface/", "workable", "huggingface", {}),
        ("https://jobs.smartrecruiters.com/Visa/7440", "smartrecruiters", "Visa", {}),
        ("https://qdrant.recruitee.com/o/engineer", "recruitee", "qdrant", {}),
        ("https://deepset.jobs.personio.de/", "personio", "deepset", {"domain": "de"}),
        ("https://xayn.jobs.personio.com/job/1", "personio", "xayn", {"domain": "com"}),
        ("https://arm.pinpointhq.com/en/postings/1", "pinpoint", "arm", {}),
        ("https://acme.teamtailor.com/jobs", "teamtailor", "acme", {}),
        ("https://ats.rippling.com/acme/jobs", "rippling", "acme", {}),
        ("https://acme.bamboohr.com/careers", "bamboohr", "acme", {}),
        ("https://jobs.gem.com/acme", "gem", "acme", {}),
        (
            "https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/x",
            "workday",
            "nvidia/NVIDIAExternalCareerSite",
            {"host": "wd5"},
        ),
        (
            "https://abc.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/jobs",
            "oracle",
            "abc.fa.us2.oraclecloud.com/CX_1",
            {},
        ),
    ],
)
def test_board_of_a_career_site_address(url, platform, board, extras):
    assert board_of_url(url) == BoardRef(platform, board, tuple(sorted(extras.items())))


@pytest.mark.parametrize(
    "url",
    [
        "https://www.greenhouse.io/customers",  # the vendor's own site
        "https://jobs.lever.co/",  # no board
        "https://api.lever.co/v0/postings/",  # no board
        "https://www.recruitee.com/",  # a reserved label, not a company
        "https://3m.wd1.myworkdayjobs.com/en-us",  # a locale, no site
        "https://abbott.wd5.myworkdayjobs.com/es",
        "https://careers.example.com/jobs/greenhouse",  # another site naming a platform
        "https://abc.fa.us2.oraclecloud.com/hcmUI/",  # no site number
        "not a url at all",
    ],
)
def test_addresses_that_name_no_board(url):
    assert board_of_url(url) is None


def test_boards_in_free_text_keep_the_address_they_came_from():
    text = (
        'Apply at <a href="https://jobs.ashbyhq.com/acme/123">here</a>, or see '
        "boards.greenhouse.io/beta. Also https://www.greenhouse.io/ (no board)."
    )
    found = boards_in_text(text)
    assert [(ref.platform, ref.board, seen) for ref, seen in found] == [
        ("ashby", "acme", "https://jobs.ashbyhq.com/acme/123"),
        ("greenhouse", "beta", "boards.greenhouse.io/beta"),
    ]
