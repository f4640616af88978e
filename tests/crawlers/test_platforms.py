"""Every declared platform is complete: a registry example, a replay route for its mirror layout,
a README row, and a recorded-format fixture that crawls through that route into postings."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from scrapy.settings import Settings

from jobwatch.crawlers import platforms
from jobwatch.crawlers.platform import Kind, Mirror, Platform
from jobwatch.crawlers.replay import ReplayServer, find_route
from jobwatch.crawlers.run import crawl_in_subprocess
from jobwatch.crawlers.sources import load_sources
from tests.crawlers.conftest import FAST, WEEK, read_jsonl
from tests.standin import fixtures as recordings

README = Path(__file__).resolve().parents[2] / "README.md"
NAMES = sorted(platforms.declared())
MIRROR = "http://127.0.0.1:9/mirror"


def first_request_path(platform: Platform, board: str, extras: dict[str, str]) -> str:
    """The path of a board's first request on a mirror, as its spider builds it."""
    if platform.mirror is Mirror.HOST:  # an absolute URL from the registry, keyed by host
        real = urlsplit(extras["url"])
        return urlsplit(f"{MIRROR}/{real.netloc}{real.path}").path
    return urlsplit(platform.url(MIRROR, board, extras)).path


def test_the_platforms_are_the_spiders_scrapy_finds():
    assert sorted(platforms.spiders()) == NAMES
    assert {"greenhouse", "lever", "smartrecruiters", "hn", "jsonld"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_the_registry_example_is_a_valid_entry(name, tmp_path):
    platform = platforms.get(name)
    path = tmp_path / "sources.yaml"
    path.write_text(f"- {json.dumps(dict(platform.example))}\n", encoding="utf-8")
    [entry] = load_sources(path)
    assert (entry.platform, entry.board) == (name, platform.example["board"])
    if platform.kind is Kind.ATS:  # company boards: the shipped registry lists some
        assert any(s.platform == name for s in load_sources()), f"no {name} boards shipped"


@pytest.mark.parametrize("name", NAMES)
def test_the_first_request_on_a_mirror_has_a_replay_route(name):
    platform = platforms.get(name)
    example = dict(platform.example)
    extras = {k: v for k, v in example.items() if k not in ("company", "platform", "board")}
    found = find_route(first_request_path(platform, example["board"], extras))
    assert found is not None
    assert found[0].platform == name


@pytest.mark.parametrize("name", NAMES)
def test_the_readme_has_a_row(name):
    assert f"\n| {name} |" in README.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_the_settings_carry_the_declared_defaults(name):
    settings = Settings()
    settings.setmodule("jobwatch.crawlers.settings")
    platform = platforms.get(name)
    assert settings.get(platform.base_url_setting) == platform.base_url
    assert settings.getdict("SOURCE_REQUEST_BUDGET")[name] == platform.request_budget


@pytest.mark.parametrize("name", NAMES)
def test_the_recorded_fixture_crawls_through_the_declared_route(name, tmp_path):
    recording = recordings().get(name)
    assert recording is not None, f"no recorded-format fixture: RECORDINGS[{name!r}]"
    sources = tmp_path / "sources.yaml"
    sources.write_text(recording.registry_row(name), encoding="utf-8")
    with ReplayServer(recording.write(tmp_path / "rec", name), week=WEEK) as srv:
        result = crawl_in_subprocess(
            name,
            [recording.board],
            week=WEEK,
            base_url=srv.base_url,
            out=tmp_path / "out.jsonl",
            home=tmp_path / "home",
            sources_file=sources,
            settings={**FAST, "REMOTIVE_MIN_DELAY": 0},
        )
    ids = [p["source_id"] for p in read_jsonl(tmp_path / "out.jsonl")]
    assert sorted(ids) == sorted(recording.source_ids)  # detail pages arrive in any order
    assert [(r["board"], r["status"]) for r in result.runs] == [(recording.board, "ok")]
