"""`jobwatch sources validate` and `discover` as library calls: which boards to probe, the probes
recorded, and discovered boards validated, proposed with their evidence and (on request) added."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobwatch.core.config import paths
from jobwatch.crawlers import discover as found_in
from jobwatch.crawlers import platforms, probe
from jobwatch.crawlers.platform import Kind
from jobwatch.crawlers.registry_file import append_rows, row_line
from jobwatch.crawlers.sources import load_sources

if TYPE_CHECKING:
    from jobwatch.crawlers.mirrors import BaseUrls
    from jobwatch.crawlers.sources import Source

# A discovered board is added when its probe found it answering (postings or an empty board).
VALID = (probe.OK, probe.EMPTY)


def pick(
    sources: list[Source], last: dict[probe.Key, dict[str, Any]], limit: int | None
) -> list[Source]:
    """The boards to probe: never probed first, then the longest ago (a rolling check of a large
    registry, `--limit` boards at a time); job boards have no token to check."""
    ats = [s for s in sources if platforms.get(s.platform).kind is not Kind.BOARD]
    ordered = sorted(ats, key=lambda s: (last.get(s.key) or {}).get("probed_at") or "")
    return ordered[:limit] if limit is not None else ordered


def validate(
    home: Path,
    registry: Path,
    *,
    platform: str | None = None,
    limit: int | None = None,
    urls: BaseUrls | None = None,
    settings: dict[str, Any] | None = None,
) -> list[probe.Probe]:
    """Probe the registry's boards (one platform's with `platform`) and record their states."""
    sources = [s for s in load_sources(registry) if platform in (None, s.platform)]
    chosen = pick(sources, probe.latest(home), limit)
    keys = [s.key for s in chosen]
    found = probe.probe(keys, home=home, target=urls, sources_file=registry, settings=settings)
    probe.record(home, found)
    return found


@dataclass(frozen=True)
class Proposal:
    platform: str
    board: str
    state: str  # the candidate's probe
    valid: bool
    seen: int
    evidence: list[dict[str, str]]
    row: dict[str, Any]  # the registry row --apply adds
    error: str | None = None


def discover(
    home: Path,
    registry: Path,
    *,
    urls: BaseUrls | None = None,
    settings: dict[str, Any] | None = None,
    apply: bool = False,
) -> dict[str, Any]:
    """Boards named in the raw lake that the registry lacks, each probed; the proposals are
    written to boards/discovered.jsonl; `apply` appends the valid ones to the registry."""
    listed = [s.key for s in load_sources(registry)]
    fresh, unsupported = found_in.new_candidates(
        found_in.scan(paths(home).raw), listed, platforms.declared()
    )
    proposals = _validated(home, fresh, urls, settings)
    out = write_proposals(home, proposals)
    added = [p.row for p in proposals if p.valid] if apply else []
    if added:
        today = dt.datetime.now(dt.UTC).date()
        append_rows(registry, added, comment=f"found by `jobwatch sources discover` on {today}")
    return {
        "registry": str(registry),
        "proposals_file": str(out),
        "proposals": [asdict(p) for p in proposals],
        "unsupported": [{"platform": c.ref.platform, "board": c.ref.board} for c in unsupported],
        "added": len(added),
    }


def _validated(
    home: Path,
    fresh: list[found_in.Candidate],
    urls: BaseUrls | None,
    settings: dict[str, Any] | None,
) -> list[Proposal]:
    """Probe the candidates from a scratch registry holding their rows (Workday's host, ...)."""
    rows = {c.ref.key: found_in.registry_row(c) for c in fresh}
    with tempfile.TemporaryDirectory(prefix="jobwatch-discover-") as tmp:
        scratch = Path(tmp) / "candidates.yaml"
        scratch.write_text("".join(row_line(r) + "\n" for r in rows.values()), encoding="utf-8")
        keys = [(c.ref.platform, c.ref.board) for c in fresh]
        probes = probe.probe(
            keys, home=home, target=urls, sources_file=scratch, settings=settings,
            follow_moves=False,
        )  # fmt: skip
    return [
        Proposal(p.platform, p.board, p.state, p.state in VALID, c.seen, c.evidence,
                 rows[c.ref.key], p.error)
        for c, p in zip(fresh, probes, strict=True)
    ]  # fmt: skip


def write_proposals(home: Path, proposals: list[Proposal]) -> Path:
    """boards/discovered.jsonl, replaced whole (one line per candidate)."""
    path = paths(home).discovered
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text("".join(json.dumps(asdict(p)) + "\n" for p in proposals), encoding="utf-8")
    os.replace(tmp, path)
    return path
