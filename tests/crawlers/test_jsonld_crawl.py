"""The JSON-LD spider against the replay server: a sitemap site and a career page with links."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from jobwatch.core.errors import UserError
from jobwatch.crawlers.replay import ReplayServer
from jobwatch.crawlers.run import crawl_in_subprocess
from tests.crawlers.board_fixtures import WEEK, write
from tests.crawlers.conftest import FAST, read_jsonl
from tests.crawlers.recording import Recording

if TYPE_CHECKING:
    from pathlib import Path

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://careers.corvid.example/jobs/1</loc></url>
<url><loc>https://careers.corvid.example/jobs/2</loc></url>
<url><loc>https://careers.corvid.example/jobs/3</loc></url>
<url><loc>https://careers.corvid.example/about</loc></url>
</urlset>"""


def job_page(title: str, ident: str, tail: str = "") -> str:
    job = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": title,
        "identifier": {"@type": "PropertyValue", "value": ident},
        "hiringOrganization": {"@type": "Organization", "name": "Corvid"},
        "jobLocationType": "TELECOMMUTE",
        "description": "<p>Models.</p>",
    }
    block = json.dumps({"@graph": [job]}) + tail
    return f'<html><script type="application/ld+json">{block}</script><h1>{title}</h1></html>'


@pytest.fixture
def site_root(tmp_path: Path) -> Path:
    root = tmp_path / "rec"
    write(root, "jsonld", "careers.corvid.example", "sitemap.xml", body=SITEMAP)
    write(
        root, "jsonld", "careers.corvid.example", "jobs", "1", body=job_page("ML Engineer", "C-1")
    )
    write(
        root,
        "jsonld",
        "careers.corvid.example",
        "jobs",
        "2",
        body=job_page("Data Scientist", "C-2", tail=";\x0b"),
    )
    write(
        root,
        "jsonld",
        "careers.corvid.example",
        "jobs",
        "3",
        body='<script type="application/ld+json">{"@type": "JobPosting", "title": </script>',
    )
    listing = '<a href="/open/ai-lead">AI Lead</a> <a href="/blog/x">Blog</a>'
    write(root, "jsonld", "jobs.heron.example", "index.html", body=f"<html>{listing}</html>")
    write(root, "jsonld", "jobs.heron.example", "open", "ai-lead", body=job_page("AI Lead", "H-9"))
    return root


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(
        "- {company: Corvid, platform: jsonld, board: corvid,"
        " url: 'https://careers.corvid.example/sitemap.xml', follow: /jobs/}\n"
        "- {company: Heron, platform: jsonld, board: heron,"
        " url: 'https://jobs.heron.example/', follow: /open/}\n",
        encoding="utf-8",
    )
    return path


def test_sitemap_and_career_page_sites(site_root, sources, tmp_path):
    with ReplayServer(site_root) as srv:
        result = crawl_in_subprocess(
            "jsonld",
            week=WEEK,
            base_url=srv.base_url,
            home=tmp_path / "home",
            sources_file=sources,
            settings=FAST,
        )
        assert srv.hits["/careers.corvid.example/about"] == 0  # not a job page: not fetched
    corvid = read_jsonl(result.crawl_dir / "corvid.jsonl")
    assert sorted((i["source_id"], i["title"], i["url"], i["remote_raw"]) for i in corvid) == [
        ("C-1", "ML Engineer", "https://careers.corvid.example/jobs/1", "remote"),
        ("C-2", "Data Scientist", "https://careers.corvid.example/jobs/2", "remote"),
    ]
    heron = read_jsonl(result.crawl_dir / "heron.jsonl")
    assert [(i["title"], i["url"]) for i in heron] == [
        ("AI Lead", "https://jobs.heron.example/open/ai-lead")
    ]
    quarantine = read_jsonl(result.crawl_dir / "_quarantine.jsonl")
    assert [(q["board"], q["reason"], q["url"]) for q in quarantine] == [
        ("corvid", "malformed_jsonld", "https://careers.corvid.example/jobs/3")
    ]
    runs = {r["board"]: r for r in result.runs}
    assert (runs["corvid"]["status"], runs["corvid"]["items"], runs["corvid"]["requests"]) == (
        "ok",
        2,
        4,
    )
    assert (runs["heron"]["status"], runs["heron"]["items"]) == ("ok", 1)


def test_a_vanished_job_page_makes_the_site_partial(site_root, sources, tmp_path):
    (site_root / "jsonld" / f"week={WEEK}" / "careers.corvid.example" / "jobs" / "2").unlink()
    with ReplayServer(site_root) as srv:
        result = crawl_in_subprocess(
            "jsonld",
            ["corvid"],
            week=WEEK,
            base_url=srv.base_url,
            home=tmp_path / "home",
            sources_file=sources,
            settings=FAST,
        )
    [row] = result.runs
    assert (row["status"], row["items"], row["stale_slug"]) == ("partial", 1, True)


def test_a_site_without_an_http_url_is_a_user_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {company: X, platform: jsonld, board: x, url: 'ftp://x.example/'}\n")
    with pytest.raises(UserError, match="needs an http"):
        crawl_in_subprocess("jsonld", week=WEEK, home=tmp_path / "home", sources_file=bad)


# The recorded-format fixture of the platform (tests/crawlers/test_platforms.py crawls it).
RECORDINGS = {
    "jsonld": Recording(
        "corvid",
        {
            "careers.corvid.example/sitemap.xml": SITEMAP.replace(
                "<url><loc>https://careers.corvid.example/jobs/3</loc></url>\n", ""
            ),
            "careers.corvid.example/jobs/1": job_page("ML Engineer", "C-1"),
            "careers.corvid.example/jobs/2": job_page("Data Scientist", "C-2"),
        },
        ["C-1", "C-2"],
        registry={"url": "https://careers.corvid.example/sitemap.xml", "follow": "/jobs/"},
    )
}
