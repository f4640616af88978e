"""Crawls of Lever (and its EU host), Ashby, Workable, Recruitee through their spiders, plus the
page-level bad bodies every ATS extract function must quarantine."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from jobwatch.crawlers.extract import ashby, lever, recruitee, workable
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.run import crawl_in_subprocess
from tests.crawlers.conftest import FAST, WEEK, read_jsonl
from tests.crawlers.test_ashby import ashby_job
from tests.crawlers.test_lever import lever_posting
from tests.crawlers.test_recruitee import recruitee_offer
from tests.crawlers.test_workable import workable_job

if TYPE_CHECKING:
    from pathlib import Path

# platform -> (recorded body of board "acme" with two postings, source ids, extra entry fields)
BODIES: dict[str, tuple[Any, list[str]]] = {
    "lever": ([lever_posting("l-1"), lever_posting("l-2", "Data Scientist")], ["l-1", "l-2"]),
    "ashby": ({"apiVersion": "1", "jobs": [ashby_job("a-1"), ashby_job("a-2")]}, ["a-1", "a-2"]),
    "workable": ({"name": "Acme", "jobs": [workable_job("W1"), workable_job("W2")]}, ["W1", "W2"]),
    "recruitee": ({"offers": [recruitee_offer(1), recruitee_offer(2)]}, ["1", "2"]),
}


def record(root: Path, platform: str, token: str, data: Any) -> None:
    path = root / platform / f"week={WEEK.isoformat()}" / f"{token}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")


def sources(tmp_path: Path, platform: str, boards: dict[str, str]) -> Path:
    """boards: token -> extra YAML (e.g. ", host: eu")."""
    path = tmp_path / "sources.yaml"
    path.write_text(
        "".join(
            f"- {{company: {t.title()} Inc, platform: {platform}, board: {t}{x}}}\n"
            for t, x in boards.items()
        ),
        encoding="utf-8",
    )
    return path


def crawl(platform: str, tmp_path: Path, sources_file: Path, **kwargs: Any) -> Any:
    kwargs["settings"] = {**FAST, **kwargs.get("settings", {})}
    return crawl_in_subprocess(
        platform, week=WEEK, home=tmp_path / "home", sources_file=sources_file, **kwargs
    )


@pytest.mark.parametrize("platform", sorted(BODIES))
def test_each_platform_crawls_its_recording_into_raw_postings(platform, tmp_path):
    data, expected_ids = BODIES[platform]
    record(tmp_path / "rec", platform, "acme", data)
    sfile = sources(tmp_path, platform, {"acme": "", "gone": ""})
    with ReplayServer(tmp_path / "rec") as srv:
        result = crawl(platform, tmp_path, sfile, base_url=srv.base_url)
    items = read_jsonl(result.crawl_dir / "acme.jsonl")
    assert [i["source_id"] for i in items] == expected_ids
    assert all(i["source"] == platform and i["crawl_id"] == result.crawl_id for i in items)
    assert items[0]["company"] in ("Acme Inc", "Acme", "Acme Labs")  # API's name, else registry
    assert items[0]["description_text"]
    runs = {r["board"]: r for r in result.runs}
    assert (runs["acme"]["status"], runs["acme"]["items"]) == ("ok", 2)
    assert (runs["gone"]["status"], runs["gone"]["stale_slug"]) == ("failed", True)


def test_lever_eu_boards_go_to_the_eu_host_unless_a_mirror_serves_all(tmp_path):
    record(tmp_path / "rec", "lever", "acme", [lever_posting("l-1")])
    record(tmp_path / "rec", "lever", "euco", [lever_posting("e-1")])
    sfile = sources(tmp_path, "lever", {"acme": "", "euco": ", host: eu"})
    with ReplayServer(tmp_path / "rec") as srv:
        hosts = {"LEVER_BASE_URL": srv.base_url + "/us", "LEVER_EU_BASE_URL": srv.base_url + "/eu"}
        result = crawl("lever", tmp_path, sfile, settings=hosts)
        assert set(srv.hits) == {"/us/v0/postings/acme", "/eu/v0/postings/euco"}
    assert result.status == "ok"
    assert result.items == 2
    with ReplayServer(tmp_path / "rec") as srv:
        crawl("lever", tmp_path, sfile, base_url=srv.base_url + "/mirror")
        assert set(srv.hits) == {"/mirror/v0/postings/acme", "/mirror/v0/postings/euco"}


def test_recruitee_host_template_and_mirror_layout(tmp_path):
    record(tmp_path / "rec", "recruitee", "acme", {"offers": [recruitee_offer(1)]})
    sfile = sources(tmp_path, "recruitee", {"acme": ""})
    with ReplayServer(tmp_path / "rec") as srv:
        template = {"RECRUITEE_BASE_URL": srv.base_url + "/tenants/{board}"}
        assert crawl("recruitee", tmp_path, sfile, settings=template).items == 1
        assert set(srv.hits) == {"/tenants/acme/api/offers/"}


EXTRACTORS = {
    "lever": lever.extract_postings,
    "ashby": ashby.extract_jobs,
    "workable": workable.extract_jobs,
    "recruitee": recruitee.extract_offers,
}


@pytest.mark.parametrize("platform", sorted(EXTRACTORS))
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "not_json"),
        (b"<!DOCTYPE html><title>Just a moment...</title>", "not_json"),  # a CDN challenge
        (b'{"jobs": [{"id": 1', "malformed_json"),  # truncated
        (b"\xff\xfe{}", "malformed_json"),  # not UTF-8
        (b'"maintenance"', "unexpected_shape"),
        (b"null", "unexpected_shape"),
    ],
)
def test_unusable_bodies_fail_the_page_with_a_reason(platform, body, reason):
    meta = {"board": "acme", "url": "u", "fetched_at": "t", "crawl_id": "c"}
    result = EXTRACTORS[platform](body, **meta)
    assert result.page_failed
    assert not result.items
    (line,) = result.errors
    assert (line["reason"], line["source"], line["board"]) == (reason, platform, "acme")
    assert line["body"] == body.decode("utf-8", errors="replace")
