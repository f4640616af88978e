"""Board rows from the two public lists: jobseek's boards.csv and stapply's per-platform CSVs.

Each reader yields plain rows (company, platform, board, the platform's fields, website, industry)
and counts what it cannot use, by reason, so the build can say what it left out.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from jobwatch.crawlers.board_urls import BoardRef, board_of_url

if TYPE_CHECKING:
    from pathlib import Path

# jobseek monitor types that are one of our platforms, with the config key of its token.
TOKEN_TYPES = (
    "greenhouse", "ashby", "lever", "recruitee", "pinpoint", "smartrecruiters", "workable",
    "personio", "gem", "rippling", "bamboohr",
)  # fmt: skip
TOKEN_KEYS = ("token", "slug", "tenant", "company", "company_identifier", "company_slug")
PLATFORM_OF_TYPE = {"oracle_hcm": "oracle"}
# A jsonld row needs a sitemap or page with job links; these need a browser or a rewrite.
BROWSER_KEYS = ("render", "actions", "proxy", "url_transform", "pagination", "urls")


@dataclass
class ListRows:
    """What one list gave: rows by platform, and what it left out by reason."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    left_out: Counter[str] = field(default_factory=Counter)
    other_types: Counter[str] = field(default_factory=Counter)  # boards on other systems


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _config(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if text.strip() else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _row(ref: BoardRef, company: str) -> dict[str, Any]:
    return {"company": company, "platform": ref.platform, "board": ref.board, **dict(ref.extras)}


def _jobseek_ref(board: dict[str, str]) -> BoardRef | None:
    """The board of a jobseek row: its config's token (extras from its URL), or its URL."""
    kind, config = board["monitor_type"], _config(board["monitor_config"])
    platform = PLATFORM_OF_TYPE.get(kind, kind)
    from_url = board_of_url(board["board_url"])
    same = from_url if from_url and from_url.platform == platform else None
    if kind in TOKEN_TYPES:
        token = next((str(config[k]) for k in TOKEN_KEYS if config.get(k)), None)
        extras = dict(same.extras) if same else {}
        if kind == "lever" and config.get("region") == "eu":
            extras["host"] = "eu"
        if token:
            return BoardRef(platform, token.strip(), tuple(sorted(extras.items())))
        return same
    if kind == "workday" and not same and config.get("wd_instance") and config.get("site"):
        tenant = str(config.get("company") or "").lower()
        return BoardRef("workday", f"{tenant}/{config['site']}", (("host", config["wd_instance"]),))
    if kind == "oracle_hcm" and not same and config.get("host") and config.get("site"):
        return BoardRef("oracle", f"{config['host']}/{config['site']}")
    if kind == "rss" and config.get("preset") == "teamtailor":
        feed = board_of_url(str(config.get("feed_url") or board["board_url"]))
        return feed if feed and feed.platform == "teamtailor" else None
    if kind == "rss" and config.get("preset") == "successfactors":
        return _successfactors(str(config.get("feed_url") or board["board_url"]))
    return same if kind in ("workday", "oracle_hcm") else None


def _successfactors(url: str) -> BoardRef | None:
    """A SuccessFactors career site (board: its host) whose feed is the usual /googlefeed.xml."""
    parts = urlsplit(url)
    if parts.path.rstrip("/") not in ("", "/googlefeed.xml") or not parts.hostname:
        return None
    return BoardRef("successfactors", parts.hostname.lower())


def _jsonld(board: dict[str, str]) -> dict[str, str] | None:
    """A JSON-LD site row (url, follow) from a sitemap or static page jobseek reads as JSON-LD."""
    kind, config = board["monitor_type"], _config(board["monitor_config"])
    if board["scraper_type"] != "json-ld" or kind not in ("sitemap", "dom"):
        return None
    scraper = _config(board["scraper_config"])
    if any(config.get(k) or scraper.get(k) for k in BROWSER_KEYS):
        return None
    if kind == "dom" and "render" not in config:  # jobseek renders a page unless told not to
        return None
    url = str(config.get("sitemap_url") or config.get("url") or board["board_url"])
    if urlsplit(url).scheme not in ("http", "https"):
        return None
    found = {"url": url}
    return found | ({"follow": follow} if (follow := _follow(config.get("url_filter"))) else {})


def _follow(url_filter: object) -> str | None:
    """jobseek's url_filter: a regex, or {include, exclude} (our `follow` takes the include; the
    excluded pages, e.g. an open application, are read and counted like any page)."""
    if isinstance(url_filter, dict):
        url_filter = url_filter.get("include")
    return str(url_filter) if url_filter else None


def jobseek(folder: Path) -> ListRows:
    """jobseek's boards.csv joined with companies.csv (name, website) and industries.csv."""
    industries = {r["id"]: r["name"] for r in _csv(folder / "industries.csv")}
    companies = {r["slug"]: r for r in _csv(folder / "companies.csv")}
    out = ListRows()
    for board in _csv(folder / "boards.csv"):
        company = companies.get(board["company_slug"]) or {}
        meta = {
            "website": company.get("website") or "",
            "industry": industries.get(company.get("industry") or "", ""),
        }
        name = company.get("name") or board["company_slug"]
        if ref := _jobseek_ref(board):
            out.rows.append(_row(ref, name) | {k: v for k, v in meta.items() if v})
        elif site := _jsonld(board):
            row = {"company": name, "platform": "jsonld", "board": board["board_slug"], **site}
            out.rows.append(row | {k: v for k, v in meta.items() if v})
        elif board["monitor_type"] in (*TOKEN_TYPES, "workday", "oracle_hcm"):
            out.left_out[f"jobseek {board['monitor_type']}: no board token"] += 1
        else:
            out.other_types[board["monitor_type"]] += 1
    return out


def stapply(folder: Path) -> ListRows:
    """stapply's `<platform>/*companies.csv` (name, board URL); SmartRecruiters rows are job URLs,
    so a company repeats (the build keeps one row per board)."""
    out = ListRows()
    for path in sorted(folder.glob("*/*.csv")):
        platform = path.parent.name
        for line in _csv(path):
            ref = board_of_url(line["url"])
            if ref is None or ref.platform != platform:
                out.left_out[f"stapply {platform}: no board in the URL"] += 1
                continue
            out.rows.append(_row(ref, line["name"].strip() or ref.board))
    return out


def ai_companies(folder: Path) -> dict[str, str]:
    """stapply's ai_companies.json: AI company name -> its ATS platform (unknown ones dropped)."""
    data = json.loads((folder / "ai_companies.json").read_text(encoding="utf-8"))
    return {str(name): str(platform) for name, platform in data.items() if platform}
