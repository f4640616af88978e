"""tools/registry/build.py: the shipped registry from jobwatch's list and the two public lists."""

from __future__ import annotations

import csv
import json
from collections import Counter
from typing import TYPE_CHECKING

import yaml

from jobwatch.crawlers.sources import load_sources
from tools.registry import build

if TYPE_CHECKING:
    from pathlib import Path

BOARDS = [  # company_slug, board_slug, board_url, monitor_type, monitor_config, scraper_type
    ("acme", "acme-gh", "https://job-boards.greenhouse.io/acme", "greenhouse", {"token": "acme"}),
    ("beta", "beta-lever", "https://jobs.eu.lever.co/beta", "lever", {"token": "beta"}),
    ("gamma", "gamma-wd", "https://gamma.wd5.myworkdayjobs.com/en-US/Ext", "workday", {}),
    ("delta", "delta-x", "https://delta.example/jobs", "join", {}),  # another system
    ("eps", "eps-tt", "https://eps.teamtailor.com/jobs", "nosuchats", {}),
    ("sf", "sf-jobs", "https://jobs.sf.example/", "rss", {"preset": "successfactors"}),
    (
        "sf2",
        "sf2-x",
        "https://x.example/",
        "rss",  # a feed elsewhere than /googlefeed.xml
        {"preset": "successfactors", "feed_url": "https://x.example/feed/jobs.xml"},
    ),
]
COMPANIES = [  # slug, name, website, industry id
    ("acme", "Acme Corp", "https://acme.example", "1"),
    ("beta", "Beta AI", "https://beta.ai", "2"),
    ("gamma", "Gamma", "", ""),
]


def _csv(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def lists(tmp_path: Path) -> tuple[Path, Path]:
    jobseek, stapply = tmp_path / "jobseek", tmp_path / "stapply"
    head = ["company_slug", "board_slug", "board_url", "monitor_type", "monitor_config"]
    rows = [(*b[:4], json.dumps(b[4])) for b in BOARDS]
    site = {"sitemap_url": "https://jobs.eta.example/sitemap.xml",
            "url_filter": {"include": "/job/", "exclude": "/open-application"}}  # fmt: skip
    rows.append(("eta", "eta-site", "https://jobs.eta.example/", "sitemap", json.dumps(site)))
    _csv(jobseek / "boards.csv", [*head, "scraper_type", "scraper_config"],
         [(*r, "json-ld" if r[0] == "eta" else "skip", "") for r in rows])  # fmt: skip
    _csv(jobseek / "companies.csv", ["slug", "name", "website", "industry"], COMPANIES)
    _csv(jobseek / "industries.csv", ["id", "name", "keywords"],
         [("1", "Technology", "software,AI"), ("2", "Financial Services", "banking")])  # fmt: skip
    _csv(stapply / "greenhouse" / "greenhouse_companies.csv", ["name", "url"],
         [("ACME", "https://boards.greenhouse.io/ACME"), ("Zeta", "https://boards.greenhouse.io/zeta"),
          ("Broken", "https://example.com/")])  # fmt: skip
    (stapply / "ai_companies.json").write_text(json.dumps({"zeta": "greenhouse", "x": None}))
    return jobseek, stapply


def test_rows_are_merged_by_board_with_their_origin_and_company_facts(tmp_path):
    rows, left_out = build.build(*lists(tmp_path))
    by_key = {(r["platform"], r["board"].lower()): r for r in rows}
    acme = by_key["greenhouse", "acme"]
    assert acme["origin"] == "jobseek+stapply"  # one row, both lists named
    assert acme["company"] == "Acme Corp"  # jobseek's name wins over stapply's
    assert (acme["website"], acme["industry"]) == ("https://acme.example", "Technology")
    assert by_key["lever", "beta"]["host"] == "eu"
    assert by_key["lever", "beta"]["ai"] is True  # its name and .ai website say so
    assert by_key["greenhouse", "zeta"]["ai"] is True  # stapply's AI list places it there
    assert "ai" not in acme
    assert by_key["workday", "gamma/ext"]["host"] == "wd5"
    assert by_key["successfactors", "jobs.sf.example"]["origin"] == "jobseek"
    assert not any(r["company"] == "sf2" for r in rows)
    site = by_key["jsonld", "eta-site"]  # a JSON-LD sitemap; jobseek's {include, exclude}
    assert (site["url"], site["follow"]) == ("https://jobs.eta.example/sitemap.xml", "/job/")
    assert by_key["greenhouse", "anthropic"]["origin"] == "jobwatch"  # the project's own list
    assert left_out["stapply greenhouse: no board in the URL"] == 1
    assert not any(r["company"] in ("delta", "eps") for r in rows)  # other systems left out


def test_the_build_is_deterministic_and_its_file_loads(tmp_path):
    jobseek, stapply = lists(tmp_path)
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert (
        build.main(["--jobseek", str(jobseek), "--stapply", str(stapply), "--out", str(first)]) == 0
    )
    build.main(["--jobseek", str(jobseek), "--stapply", str(stapply), "--out", str(second)])
    assert first.read_bytes() == second.read_bytes()
    loaded = load_sources(first)
    assert len(loaded) == len(yaml.safe_load(first.read_text()))
    assert {s.origin for s in loaded} >= {"jobwatch", "jobseek+stapply", "stapply"}


def test_the_shipped_registry_corrects_the_hand_written_rows():
    shipped = {s.key: s for s in load_sources()}
    for token in ("cursor", "lambda", "alan", "kraken.com", "skydio", "bitvavo", "causaly"):
        assert ("ashby", token) in shipped, token
    for token in ("fal", "hebbia", "runpod", "sourcegraph91", "polyai"):
        assert ("greenhouse", token) in shipped, token
    assert ("greenhouse", "flyzipline") in shipped
    assert "jobwatch" in shipped["greenhouse", "anthropic"].origin


def test_the_shipped_registry_has_thousands_of_boards_with_their_origin():
    shipped = load_sources()
    enabled = [s for s in shipped if s.enabled]
    per_platform = Counter(s.platform for s in enabled)
    assert len(enabled) >= 5000, len(enabled)
    assert all(s.origin for s in shipped)
    assert {"remoteok", "remotive", "hn", "arbeitnow", "jsonld"} <= set(per_platform)
    assert sum(s.ai for s in shipped) >= 300
