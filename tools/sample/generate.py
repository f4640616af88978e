"""Regenerate the bundled sample (`python -m tools.sample.generate --help`, from the repo root)."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

from jobwatch.crawlers.sample import SAMPLE_ROOT
from tools.sample.synth.companies import COMPANIES, STALE
from tools.sample.synth.greenhouse import job_json
from tools.sample.synth.timeline import Listing, build_weeks

SEED = 20261116
LABEL_FIELDS = (
    "board",
    "id",
    "repost_of",
    "title",
    "company",
    "role",
    "seniority",
    "work_mode",
    "metro",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_period",
    "salary_source",
    "skills_intended",
)


def generate(out: Path = SAMPLE_ROOT, seed: int = SEED) -> list[Path]:
    """Write both weeks' recordings, their labels and sources.yaml under `out`."""
    written = [_write(out / "sources.yaml", sources_yaml())]
    for week, listings in build_weeks(seed).items():
        for token, jobs in board_payloads(listings).items():
            path = out / "greenhouse" / f"week={week.isoformat()}" / f"{token}.json"
            written.append(_write(path, json.dumps(jobs, ensure_ascii=False, indent=2) + "\n"))
        written.append(_write(out / "labels" / f"{week.isoformat()}.csv", labels_csv(listings)))
    return written


def board_payloads(listings: list[Listing]) -> dict[str, dict[str, Any]]:
    """One Greenhouse list response per board: {"jobs": [...], "meta": {"total": n}}."""
    boards: dict[str, dict[str, Any]] = {}
    for company in COMPANIES:
        mine = sorted(
            (x.spec for x in listings if x.spec.company is company), key=lambda s: s.job_id
        )
        jobs = [job_json(spec) for spec in mine]
        boards[company.token] = {"jobs": jobs, "meta": {"total": len(jobs)}}
    return boards


def labels_csv(listings: list[Listing]) -> str:
    """Ground truth per posting: what a perfect pipeline would extract (for measuring)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=LABEL_FIELDS, lineterminator="\n")
    writer.writeheader()
    rows = [{**x.spec.label(), "repost_of": x.repost_of or ""} for x in listings]
    writer.writerows(sorted(rows, key=lambda r: (str(r["board"]), int(str(r["id"])))))
    return buffer.getvalue()


def sources_yaml() -> str:
    lines = [
        "# Sample boards (fictional companies) in the registry format of crawlers/sources.yaml."
    ]
    lines.extend(
        f'- {{company: "{c.name}", platform: greenhouse, board: {c.token}}}' for c in COMPANIES
    )
    lines.append("# Deliberately stale: no recording, so the replay server answers 404 for it.")
    lines.append(
        f'- {{company: "{STALE["company"]}", platform: greenhouse, board: {STALE["board"]}}}'
    )
    return "\n".join(lines) + "\n"


def _write(path: Path, text: str) -> Path:
    """Write via a temp file and rename: a crash never leaves a half-written recording."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8", newline="")
    os.replace(tmp, path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--out",
        type=Path,
        default=SAMPLE_ROOT,
        help="output directory (default: the bundled sample, jobwatch/crawlers/sample)",
    )
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    files = generate(args.out, args.seed)
    size = sum(f.stat().st_size for f in files)
    print(f"wrote {len(files)} files, {size / 1e6:.1f} MB, under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
