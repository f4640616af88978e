"""Replay routes of the ATS platforms: real API paths, emulated limit/offset paging, page faults."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from jobwatch.crawlers.replay import ReplayServer
from tests.crawlers.test_replay import get

if TYPE_CHECKING:
    from pathlib import Path

WEEK = "week=2026-11-09"


def record(root: Path, platform: str, name: str, data: object) -> None:
    path = root / platform / WEEK / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "rec"
    record(root, "lever", "acme.json", [{"id": "l1"}])
    record(root, "ashby", "acme.json", {"jobs": [{"id": "a1"}]})
    record(root, "workable", "acme.json", {"name": "Acme", "jobs": [{"shortcode": "W1"}]})
    record(root, "recruitee", "acme.json", {"offers": [{"id": 1}]})
    postings = [{"id": str(n)} for n in range(5)]
    record(root, "smartrecruiters", "acme.json", {"totalFound": 7, "content": postings})
    record(root, "smartrecruiters", "acme/3.json", {"id": "3", "jobAd": {"sections": {}}})
    return root


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/v0/postings/acme?mode=json", [{"id": "l1"}]),
        ("/eu-mirror/v0/postings/acme?mode=json", [{"id": "l1"}]),
        ("/posting-api/job-board/acme?includeCompensation=true", {"jobs": [{"id": "a1"}]}),
        (
            "/api/v1/widget/accounts/acme?details=true",
            {"name": "Acme", "jobs": [{"shortcode": "W1"}]},
        ),
        ("/acme/api/offers/", {"offers": [{"id": 1}]}),
        ("/v1/companies/acme/postings/3", {"id": "3", "jobAd": {"sections": {}}}),
    ],
)
def test_every_platform_is_served_on_its_real_api_path(root, path, expected):
    with ReplayServer(root) as srv:
        status, _, body = get(srv.base_url + path)
        assert (status, json.loads(body)) == (200, expected)
        assert srv.hits_for("acme") == 1


def test_unknown_boards_and_postings_are_404(root):
    with ReplayServer(root) as srv:
        assert get(srv.base_url + "/v0/postings/nobody")[0] == 404
        assert get(srv.base_url + "/nobody/api/offers/")[0] == 404
        assert get(srv.base_url + "/v1/companies/acme/postings/99")[0] == 404
        assert get(srv.base_url + "/v1/companies/nobody/postings?offset=0")[0] == 404


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("limit=2&offset=0", ["0", "1"]),
        ("limit=2&offset=4", ["4"]),
        ("limit=2&offset=6", []),
        ("offset=1", ["1", "2", "3", "4"]),
        ("limit=x&offset=-3", ["0", "1", "2", "3", "4"]),
    ],
)
def test_smartrecruiters_paging_is_emulated_with_the_recorded_total(root, query, ids):
    with ReplayServer(root) as srv:
        status, _, body = get(f"{srv.base_url}/v1/companies/acme/postings?{query}")
    page = json.loads(body)
    assert status == 200
    assert [p["id"] for p in page["content"]] == ids
    assert page["totalFound"] == 7  # as recorded: more than the recording holds (paging ends early)


def test_a_fault_with_when_hits_only_the_matching_page(root):
    faults = {"acme": [{"status": 500, "when": {"offset": "2"}}]}
    with ReplayServer(root, faults=faults) as srv:
        url = srv.base_url + "/v1/companies/acme/postings?limit=2&offset="
        statuses = [get(url + offset)[0] for offset in ("0", "2", "2", "4")]
        assert get(srv.base_url + "/v1/companies/acme/postings/3")[0] == 200
    assert statuses == [200, 500, 200, 200]
