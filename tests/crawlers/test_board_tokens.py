"""Board tokens are checked against their platform's declared shape before any crawl, and what
goes into a URL path is percent-encoded: through the CLI, against the loopback replay server."""

from __future__ import annotations

import pytest

from jobwatch.crawlers.platform import Endpoint, Extraction, Kind, Mirror, Platform
from jobwatch.crawlers.replay import ReplayServer
from tests.conftest import jobwatch_cli
from tests.crawlers.conftest import gh_job, record_board

LONG = "a" * 3000


@pytest.mark.parametrize(
    ("source", "token", "error"),
    [
        ("greenhouse", "acme/jobs", "greenhouse board 'acme/jobs' is not a valid greenhouse board"),
        ("greenhouse", "..", "greenhouse board '..' is not a valid board token"),
        ("lever", "../../etc", "lever board '../../etc' is not a valid board token"),
        ("greenhouse", LONG, "is 3,000 characters long (at most 120)"),
        ("recruitee", "acme.evil.example", "is not a valid recruitee board token"),  # a host
        ("remoteok", "other", "remoteok board 'other' is not a valid remoteok board token"),
        ("ashby", "acme\nco", "is not a valid board token"),
    ],
)
def test_a_bad_token_is_one_line_before_any_request(tmp_path, source, token, error):
    record_board(tmp_path / "rec", "acme", [gh_job(1)])
    with ReplayServer(tmp_path / "rec") as srv:
        args = ["crawl", source, "--board", token, "--base-url", srv.base_url]
        proc = jobwatch_cli(tmp_path, *args, check=False)
        assert not srv.hits  # nothing was requested
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()[-1:]
    assert line.startswith("error: ")
    assert error in line
    assert len(line) < 300  # the 3,000-character token is not echoed whole
    assert "no response" not in proc.stdout + proc.stderr


def test_a_bad_token_in_the_registry_names_the_entry(tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "- {company: A, platform: greenhouse, board: good}\n"
        "- {company: B, platform: greenhouse, board: 'x/../y'}\n"
    )
    proc = jobwatch_cli(
        tmp_path, "crawl", "greenhouse", "--sources-file", str(sources), check=False
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "entry 2: board 'x/../y' is not a valid board token" in proc.stderr


def test_a_good_token_still_crawls(tmp_path):
    record_board(tmp_path / "rec", "acme-co.2", [gh_job(1)])
    with ReplayServer(tmp_path / "rec") as srv:
        args = ["crawl", "greenhouse", "--board", "acme-co.2", "--base-url", srv.base_url]
        proc = jobwatch_cli(tmp_path, *args, "--out", str(tmp_path / "o.jsonl"))
        assert set(srv.hits) == {"/v1/boards/acme-co.2/jobs"}
    assert "status: ok" in proc.stdout


ANYTHING = Platform(
    name="anything",
    kind=Kind.ATS,
    base_url="https://{board}.example",
    endpoints=(Endpoint("GET", "/api/{board}/jobs?site={site}"),),
    token=r".+",
    token_help="anything",
    example={},
    extraction=Extraction.CALLBACK,
    mirror=Mirror.COMPANY,
)


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        (
            "https://{board}.example",
            "https://a%2Fb%3Fc%23d.example/api/a%2Fb%3Fc%23d/jobs?site=x%20y",
        ),
        (
            "http://127.0.0.1:1",
            "http://127.0.0.1:1/a%2Fb%3Fc%23d/api/a%2Fb%3Fc%23d/jobs?site=x%20y",
        ),
    ],
)
def test_every_value_is_percent_encoded_where_it_goes(base, expected):
    assert ANYTHING.url(base, "a/b?c#d", {"site": "x y"}) == expected
