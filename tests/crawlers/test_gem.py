"""Gem: the job board API's extract table and `jobwatch crawl gem` against the replay server: a
retried 500, a malformed body, a post listed twice under two places.

The recorded format is written for the project. It mirrors the `job_posts/` list as public
collectors read and test it: a bare JSON list of posts with `id` (an opaque base64 string),
`title`, `absolute_url` on jobs.gem.com, `location` {`name`}, `location_type` (remote | hybrid |
in_office), `employment_type`, `content` (HTML) and `content_plain`, `first_published_at`,
`updated_at`, `requisition_id`, and Greenhouse's `departments` and `offices` (an office's place
in `location.name`); a body that is not a list is an error.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from jobwatch.crawlers.extraction import extract_page
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.spiders.gem import extract_job_posts
from tests.crawlers.cli_crawl import crawl_cli, crawl_dir
from tests.crawlers.conftest import read_jsonl
from tests.crawlers.recording import Recording

META = {
    "board": "acme",
    "url": "https://api.gem.com/job_board/v0/acme/job_posts/",
    "fetched_at": "2026-11-10T08:00:00Z",
    "crawl_id": "gem-x",
}


def office(place: str) -> dict[str, Any]:
    return {"id": f"b2ZmaWNl{len(place)}", "name": place.split(",")[0], "location": {"name": place}}


def gem_post(pid: str = "am9icG9zdDpleGFt", title: str | None = "ML Engineer", **extra: Any):
    """One element of `api.gem.com/job_board/v0/{board}/job_posts/`."""
    post: dict[str, Any] = {
        "id": pid,
        "title": title,
        "absolute_url": f"https://jobs.gem.com/acme/{pid}",
        "location": {"name": "San Francisco, United States"},
        "location_type": "in_office",
        "employment_type": "full_time",
        "content": "<p>Train <b>models</b>.</p><ul><li>PyTorch</li></ul>",
        "content_plain": "Train models. PyTorch",
        "departments": [{"id": "ZGVwdA", "name": "Research"}],
        "offices": [office("San Francisco, United States")],
        "first_published_at": "2026-10-07T22:50:01.732Z",
        "updated_at": "2026-10-08T21:27:27.196Z",
        "requisition_id": "R801",
    }
    post.update(extra)
    if title is None:
        del post["title"]
    return post


def one(post: dict) -> dict:
    result = extract_job_posts(json.dumps([post]), company="Acme (registry)", **META)
    assert not result.errors
    [item] = result.items
    return item


def test_a_post_becomes_one_raw_posting_each_field_beside_its_original():
    post = gem_post()
    assert one(post) == {
        "source": "gem",
        "source_id": "am9icG9zdDpleGFt",
        "title": "ML Engineer",
        "board": "acme",
        "url": "https://jobs.gem.com/acme/am9icG9zdDpleGFt",
        "company": "Acme (registry)",
        "location_raw": "San Francisco, United States",
        "remote_raw": "in_office",
        "employment_type_raw": "full_time",
        "department_raw": "Research",
        "description_html": "<p>Train <b>models</b>.</p><ul><li>PyTorch</li></ul>",
        "description_text": "Train models.\nPyTorch",
        "salary_raw": None,  # the API states no pay as data
        "salary_structured": None,
        "posted_at_raw": "2026-10-07T22:50:01.732Z",
        "updated_at_raw": "2026-10-08T21:27:27.196Z",
        "fetched_at": "2026-11-10T08:00:00Z",
        "crawl_id": "gem-x",
        "payload": post,
    }


@pytest.mark.parametrize(
    ("extra", "field", "expected"),
    [
        (
            {"location_type": "remote", "location": {"name": "France - Remote"}, "offices": []},
            "remote_raw",
            "remote",
        ),
        # each office's place after the location, none twice
        (
            {
                "offices": [
                    office("San Francisco, United States"),
                    office("New York, United States"),
                ]
            },
            "location_raw",
            "San Francisco, United States; New York, United States",
        ),
        (
            {"location": None, "offices": [office("London, United Kingdom")]},
            "location_raw",
            "London, United Kingdom",
        ),
        ({"location": None, "offices": None}, "location_raw", None),
        (
            {"departments": [{"name": "Research"}, {"name": "Applied AI"}]},
            "department_raw",
            "Research, Applied AI",
        ),
        ({"departments": None}, "department_raw", None),
        # no HTML advert: the plain one is the text, and no HTML is made up
        ({"content": None}, "description_html", None),
        ({"content": None}, "description_text", "Train models. PyTorch"),
        # trap: a pay range in the advert's text is not read here as structured pay
        ({"content": "<p>$150,000 - $200,000 a year</p>"}, "salary_structured", None),
        ({"absolute_url": None}, "url", None),
    ],
)
def test_fields_follow_the_post(extra, field, expected):
    assert one(gem_post(**extra))[field] == expected


def test_bad_posts_are_quarantined_and_the_rest_kept():
    body = json.dumps([gem_post("1"), gem_post("2", title=None), gem_post(""), "x"])
    result = extract_job_posts(body, **META)
    assert [i["source_id"] for i in result.items] == ["1"]
    reasons = [e["reason"] for e in result.errors]
    assert reasons == ["missing_required", "missing_required", "unexpected_shape"]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "not_json"),
        (b"<html>Not found</html>", "not_json"),
        (b'[{"id": "1", "title": "ML', "malformed_json"),
        (b'{"error": "not found"}', "unexpected_shape"),  # an error object, not the list
    ],
)
def test_unusable_bodies_fail_the_page(raw, reason):
    result = extract_job_posts(raw, **META)
    assert result.page_failed
    assert [e["reason"] for e in result.errors] == [reason]


def at(place: str) -> dict[str, Any]:
    return {"location": {"name": place}, "offices": [office(place)]}


@pytest.mark.parametrize(
    ("posts", "kept", "quarantined"),
    [
        # one id listed under two places: one posting with both places
        (
            [gem_post("5", **at("Paris, France")), gem_post("5", **at("Berlin, Germany"))],
            [("5", "ML Engineer", "Paris, France; Berlin, Germany")],
            [],
        ),
        # the same id under another title: the first kept, the other quarantined
        (
            [gem_post("5", **at("Paris, France")), gem_post("5", "Chef", **at("Berlin, Germany"))],
            [("5", "ML Engineer", "Paris, France")],
            ["duplicate_id"],
        ),
        # trap: two ids with one title and place are two postings
        (
            [gem_post("5", **at("Paris, France")), gem_post("6", **at("Paris, France"))],
            [("5", "ML Engineer", "Paris, France"), ("6", "ML Engineer", "Paris, France")],
            [],
        ),
    ],
)
def test_an_id_listed_twice_is_one_posting(posts, kept, quarantined):
    result = extract_page("gem", json.dumps(posts).encode(), **META)
    assert [(i["source_id"], i["title"], i["location_raw"]) for i in result.items] == kept
    assert [e["reason"] for e in result.errors] == quarantined


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "gem": Recording(
        "acme", {"acme.json": [gem_post("1"), gem_post("2", "Data Engineer")]}, ["1", "2"]
    )
}
POSTS_PATH = "/job_board/v0/acme/job_posts/"


def test_crawl_retries_a_500_and_merges_a_post_listed_under_two_places(tmp_path):
    posts = [
        gem_post("1", **at("Paris, France")),
        gem_post("2"),
        gem_post("1", **at("Berlin, Germany")),
    ]
    root = Recording("acme", {"acme.json": posts}, []).write(tmp_path / "r", "gem")
    with ReplayServer(root, faults={POSTS_PATH: [{"status": 500}]}) as srv:
        crawl_cli(tmp_path, "gem", "acme", srv.base_url)
        assert [s for _, path, s in srv.log if path == POSTS_PATH] == [500, 200]
    written = crawl_dir(tmp_path, "gem")
    items = {i["source_id"]: i for i in read_jsonl(written / "acme.jsonl")}
    assert (sorted(items), items["1"]["location_raw"]) == (
        ["1", "2"],
        "Paris, France; Berlin, Germany",
    )
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"], run["http_status"]) == ("ok", 2, {"200": 1, "500": 1})


def test_crawl_quarantines_a_malformed_body_and_fails_the_board(tmp_path):
    root = RECORDINGS["gem"].write(tmp_path / "rec", "gem")
    cut = '[{"id": "1", "title": "ML'
    with ReplayServer(root, faults={POSTS_PATH: [{"body": cut}]}) as srv:
        proc = crawl_cli(tmp_path, "gem", "acme", srv.base_url, check=False)
    written = crawl_dir(tmp_path, "gem")
    [bad] = read_jsonl(written / "_quarantine.jsonl")
    assert (bad["reason"], bad["body"]) == ("malformed_json", cut)
    [run] = read_jsonl(written / "_runs.jsonl")
    assert (run["status"], run["items"]) == ("failed", 0)
    assert "Traceback" not in proc.stderr
