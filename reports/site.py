"""The static comparison site: an index of roles and one page per role pair, built atomically."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from jinja2 import Environment, PackageLoader, StrictUndefined

from jobwatch.core.config import paths
from jobwatch.core.errors import UserError
from jobwatch.reports import pages, publish, rolepages
from jobwatch.reports.formatting import money, pct
from jobwatch.reports.sitedata import SiteData, load, parse_pair


@dataclass
class SiteResult:
    """Where the site went and what it holds."""

    out: Path
    week: str
    index: Path
    pages: list[Path] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # one page each
    skipped: list[str] = field(default_factory=list)


def environment() -> Environment:
    """Autoescaping everywhere: company names, skills and metros come from the web."""
    env = Environment(
        loader=PackageLoader("jobwatch.reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(money=money, pct=pct)
    return env


def render(data: SiteData, target: Path) -> list[Path]:
    """Write index.html and the pair pages of `data` into `target`."""
    env = environment()
    for result in data.pairs:
        na, nb = result["roles"]
        result["title"], result["file"] = f"{na} vs {nb}", pages.pair_file(na, nb)
    written = [target / "index.html"]
    index = env.get_template("index.html").render(**rolepages.index_context(data))
    written[0].write_text(index, encoding="utf-8")
    template = env.get_template("pair.html")
    for result in data.pairs:
        path = target / result["file"]
        path.write_text(template.render(**pages.pair_context(result, data)), encoding="utf-8")
        written.append(path)
    template = env.get_template("role.html")
    for role in data.roles:
        path = target / pages.role_file(role["role"])
        path.write_text(template.render(**rolepages.role_context(role, data)), encoding="utf-8")
        written.append(path)
    return written


def _pairs(pairs: list[str] | list[tuple[str, str]] | None) -> list[tuple[str, str]] | None:
    if pairs is None:
        return None
    return [parse_pair(p) if isinstance(p, str) else (p[0], p[1]) for p in pairs]


def build_site(
    home: Path,
    out: Path | None = None,
    pairs: list[str] | list[tuple[str, str]] | None = None,
    week: str | None = None,
) -> SiteResult:
    """Render the site of `week` (default: latest) into `out` (default: $JOBWATCH_HOME/site).

    `pairs` are "A|B" strings or (A, B) tuples; default: every pair among the 6 largest roles
    plus the seed pairs. The site is built in a sibling temp dir and swapped in whole.
    """
    from jobwatch.warehouse.connect import connect_readonly

    out = Path(out) if out is not None else paths(Path(home)).site
    publish.check_target(out)
    con = connect_readonly(Path(home))
    try:
        data = load(con, _pairs(pairs), week)
    except duckdb.Error as exc:
        raise UserError(f"cannot read the warehouse for the pages: {exc}") from None
    finally:
        con.close()
    tmp = publish.staging(out)
    try:
        written = render(data, tmp)
        publish.swap_in(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return SiteResult(
        out=out,
        week=data.week,
        index=out / "index.html",
        pages=[out / p.name for p in written],
        pairs=[(a, b) for a, b in (list(p["roles"]) for p in data.pairs)],
        roles=[r["role"] for r in data.roles],
        skipped=data.skipped,
    )
