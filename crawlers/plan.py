"""Validate crawl arguments into a CrawlPlan and turn it into Scrapy settings (no crawling here)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy.settings import Settings

from jobwatch.core.config import home_dir, paths, week_of
from jobwatch.core.errors import UserError
from jobwatch.core.layout import crawl_log, temp_after, tmp_crawl_dir
from jobwatch.crawlers import lake
from jobwatch.crawlers.sources import boards_for
from jobwatch.crawlers.spiders.ashby import AshbySpider
from jobwatch.crawlers.spiders.base import normalize_base_url, parse_boards
from jobwatch.crawlers.spiders.boards import BOARD_SPIDERS
from jobwatch.crawlers.spiders.greenhouse import GreenhouseSpider
from jobwatch.crawlers.spiders.lever import LeverSpider
from jobwatch.crawlers.spiders.recruitee import RecruiteeSpider
from jobwatch.crawlers.spiders.smartrecruiters import SmartRecruitersSpider
from jobwatch.crawlers.spiders.workable import WorkableSpider

if TYPE_CHECKING:
    import scrapy

log = logging.getLogger(__name__)

SPIDERS: dict[str, type[scrapy.Spider]] = {
    "greenhouse": GreenhouseSpider,
    "lever": LeverSpider,
    "ashby": AshbySpider,
    "workable": WorkableSpider,
    "smartrecruiters": SmartRecruitersSpider,
    "recruitee": RecruiteeSpider,
}
SPIDERS.update(BOARD_SPIDERS)  # job boards: one feed each, the board is the source itself


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
    """Check everything a user can get wrong before any process or reactor starts."""
    if source not in SPIDERS:
        raise UserError(f"unknown source {source!r} (known: {', '.join(sorted(SPIDERS))})")
    spider = SPIDERS[source]
    known_boards = getattr(spider, "known_boards", None)  # job boards name their own board
    known = known_boards(sources_file) if known_boards else boards_for(source, sources_file)
    wanted = parse_boards(boards) or known
    unknown = [b for b in wanted if b not in known]
    where = sources_file or "crawlers/sources.yaml"
    if unknown and known_boards:  # a job board's own boards are fixed: a typo is an error
        raise UserError(f"unknown {source} board(s) {', '.join(unknown)}: not listed in {where}")
    if unknown:  # an ATS token is all a crawl needs; the registry only adds facts (company name)
        log.warning(
            "%s board(s) %s not listed in %s: crawling them as given",
            source,
            ", ".join(unknown),
            where,
        )
    if not wanted:
        raise UserError(f"no {source} boards listed in {sources_file or 'crawlers/sources.yaml'}")
    try:
        base = normalize_base_url(base_url) if base_url is not None else None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    now = dt.datetime.now(dt.UTC)
    return CrawlPlan(
        source=source,
        boards=list(dict.fromkeys(wanted)),
        week=week_of(week or now.date()),
        crawl_id=crawl_id or lake.new_crawl_id(source, now),
        home=Path(home).resolve() if home else home_dir(),
        base_url=base,
        out=Path(out).resolve() if out else None,
        sources_file=Path(sources_file).resolve() if sources_file else None,
        settings=dict(settings or {}),
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
