"""Validate crawl arguments into a CrawlPlan and turn it into Scrapy settings (no crawling here)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.settings import Settings

from jobwatch.core.config import home_dir, paths, week_of
from jobwatch.core.errors import UserError
from jobwatch.core.layout import crawl_log, temp_after, tmp_crawl_dir
from jobwatch.crawlers import lake, platforms
from jobwatch.crawlers.platform import Kind, Platform
from jobwatch.crawlers.registry_file import registry_path
from jobwatch.crawlers.sources import Source, boards_for, registry_for
from jobwatch.crawlers.spiders.base import normalize_base_url, parse_boards

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CrawlPlan:
    source: str
    boards: list[str]
    week: dt.date
    crawl_id: str
    home: Path
    base_url: str | None = None
    out: Path | None = None
    sources_file: Path | None = None
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def staging_out(self) -> Path | None:
        """Where an out-mode crawl writes: renamed to `out` only when the crawl did not fail."""
        if self.out is None:
            return None
        return temp_after(self.out, self.crawl_id)

    @property
    def tmp_dir(self) -> Path | None:
        if self.out is not None:
            return None
        return tmp_crawl_dir(paths(self.home).raw, self.source, self.week, self.crawl_id)


def make_plan(
    source: str,
    boards: Any = None,
    *,
    week: dt.date | None = None,
    base_url: str | None = None,
    out: Path | str | None = None,
    home: Path | str | None = None,
    sources_file: Path | str | None = None,
    settings: dict[str, Any] | None = None,
    crawl_id: str | None = None,
) -> CrawlPlan:
    """Check everything a user can get wrong before any process or reactor starts. Without
    `boards`, the registry's enabled boards of the source are crawled."""
    platform = platforms.get(source)
    the_home = Path(home).resolve() if home else home_dir()
    where = registry_path(sources_file, the_home)
    registry = registry_for(source, where)
    known = [source] if platform.kind is Kind.BOARD else list(registry)
    enabled = [source] if platform.kind is Kind.BOARD else boards_for(source, where)
    wanted = list(dict.fromkeys(parse_boards(boards) or enabled))
    for board in wanted:
        if problem := platform.token_problem(board):
            shown = f"{board[:40]!r}..." if len(board) > 40 else repr(board)
            raise UserError(f"{source} board {shown} {problem}")
    unknown = [b for b in wanted if b not in known]
    if unknown and platform.kind is not Kind.ATS:  # a job board's or a site's boards are listed
        raise UserError(f"unknown {source} board(s) {', '.join(unknown)}: not listed in {where}")
    if unknown:  # an ATS token is all a crawl needs; the registry only adds facts (company name)
        log.warning(
            "%s board(s) %s not listed in %s: crawling them as given",
            source,
            ", ".join(unknown),
            where,
        )
    if not wanted:
        raise UserError(f"no {source} boards listed in {where}")
    try:
        base = normalize_base_url(base_url) if base_url is not None else None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if base is None:
        _check_hosts(platform, wanted, registry, settings or {}, where)
    now = dt.datetime.now(dt.UTC)
    return CrawlPlan(
        source=source,
        boards=wanted,
        week=week_of(week or now.date()),
        crawl_id=crawl_id or lake.new_crawl_id(source, now),
        home=the_home,
        base_url=base,
        out=Path(out).resolve() if out else None,
        sources_file=where.resolve(),
        settings=dict(settings or {}),
    )


def _check_hosts(
    platform: Platform,
    boards: list[str],
    registry: dict[str, Source],
    settings: dict[str, Any],
    where: Path,
) -> None:
    """Without a mirror, every value the platform's real URL needs must be known (Workday's
    `host: wdN` comes from the registry; `--base-url` needs none)."""
    base = settings.get(platform.base_url_setting, platform.base_url)
    for board in boards if base else []:
        entry = registry.get(board)
        if missing := platform.missing(str(base), board, entry.values() if entry else {}):
            raise UserError(
                f"{platform.name} board {board!r} needs {', '.join(missing)} in the registry "
                f"({where}), or a mirror given as --base-url"
            )


def scrapy_settings(plan: CrawlPlan) -> Settings:
    """crawlers/settings.py, then the caller's overrides, then where this crawl writes."""
    settings = Settings()
    settings.setmodule("jobwatch.crawlers.settings", priority="project")
    settings.update(plan.settings, priority="cmdline")
    tmp_dir = plan.tmp_dir
    jobwatch = {
        "JOBWATCH_CRAWL_ID": plan.crawl_id,
        "JOBWATCH_WEEK": plan.week.isoformat(),
        "JOBWATCH_CRAWL_DIR": str(tmp_dir) if tmp_dir else None,
        "JOBWATCH_OUT": str(plan.staging_out) if plan.staging_out else None,
        "JOBWATCH_LOG_FILE": str(crawl_log(paths(plan.home).logs, plan.crawl_id)),
    }
    settings.update(jobwatch, priority="cmdline")
    return settings
