"""Remote raw lake and exports on any fsspec filesystem (s3://, gs://, a mounted path, ...).

The local $JOBWATCH_HOME stays the working copy every stage reads and writes; this module only
copies immutable things across, so crawlers/, pipeline/ and warehouse/ need not know about fsspec:

* pull_lake: finished remote crawl dirs missing locally -> local raw lake (before normalize/build);
* push_lake: finished local crawl dirs missing remotely -> remote lake (after the crawls);
* push_export: one week's exported files -> remote exports, the week's manifest last.

A remote crawl dir is complete when its `_runs.jsonl` exists: it is uploaded after every other file
(object stores have no atomic directory rename), so a reader never takes a half-uploaded crawl.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobwatch.core.config import paths
from jobwatch.core.errors import UserError
from jobwatch.core.layout import (
    CRAWL_DIRS,
    RUNS,
    export_manifest,
    finished_crawl_dirs,
    temp_before,
)

if TYPE_CHECKING:
    import datetime as dt

MARKER = RUNS  # uploaded last: a remote crawl dir holding it is complete


@dataclass
class SyncResult:
    url: str
    # relative 'source=S/week=W/crawl=ID' (lakes) or '<table>/week=W/part-0.parquet' (exports)
    crawl_dirs: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0


def open_url(url: str) -> tuple[Any, str]:
    """(filesystem, root path) for an fsspec URL or a local path; a bad URL is a UserError."""
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        raise UserError(f"cannot open storage URL {url!r}: {exc}") from None
    fs.invalidate_cache()  # fsspec caches instances and listings: another process may have written
    return fs, root.rstrip("/")


def _relative(crawl_dir: Path, raw: Path) -> str:
    return crawl_dir.relative_to(raw).as_posix()


def remote_crawls(fs: Any, root: str) -> set[str]:
    """Complete crawl dirs under a remote lake root, relative to it."""
    markers = fs.glob(f"{root}/{CRAWL_DIRS}/{MARKER}")
    return {m.removeprefix(root + "/").rsplit("/", 1)[0] for m in markers}


def _upload_dir(fs: Any, local: Path, remote: str, last: str, result: SyncResult) -> None:
    """Every file of `local` to `remote`, the file named `last` after all the others."""
    # Hidden files are temp files of a writer (export's .name.tmp-*): never published.
    files = sorted(p for p in local.iterdir() if p.is_file() and not p.name.startswith("."))
    for path in sorted(files, key=lambda p: p.name == last):
        fs.put_file(str(path), f"{remote}/{path.name}")
        result.files += 1
        result.bytes += path.stat().st_size


def push_lake(home: Path, lake_url: str) -> SyncResult:
    """Upload every finished local crawl dir the remote lake does not have yet."""
    fs, root = open_url(lake_url)
    raw = paths(Path(home)).raw
    have = remote_crawls(fs, root)
    result = SyncResult(lake_url)
    for crawl_dir in finished_crawl_dirs(raw):
        rel = _relative(crawl_dir, raw)
        if rel not in have:
            _upload_dir(fs, crawl_dir, f"{root}/{rel}", MARKER, result)
            result.crawl_dirs.append(rel)
    return result


def _download_dir(fs: Any, remote: str, target: Path, result: SyncResult) -> None:
    """Download into a hidden temp dir, then rename: readers never see a partial crawl dir."""
    tmp = temp_before(target, "pull-")
    shutil.rmtree(tmp, ignore_errors=True)  # left by an interrupted pull
    tmp.mkdir(parents=True)
    for entry in fs.ls(remote, detail=True):
        if entry["type"] == "file":
            name = entry["name"].rsplit("/", 1)[-1]
            fs.get_file(entry["name"], str(tmp / name))
            result.files += 1
            result.bytes += int(entry.get("size") or 0)
    tmp.rename(target)


def pull_lake(home: Path, lake_url: str) -> SyncResult:
    """Copy every complete remote crawl dir missing from the local raw lake."""
    fs, root = open_url(lake_url)
    raw = paths(Path(home)).raw
    result = SyncResult(lake_url)
    for rel in sorted(remote_crawls(fs, root)):
        target = raw / rel
        if not target.exists():
            _download_dir(fs, f"{root}/{rel}", target, result)
            result.crawl_dirs.append(rel)
    return result


def push_export(exports: Path, week: dt.date, export_url: str) -> SyncResult:
    """Upload the files of one week's local export to the same paths under <export_url>; the old
    manifest is removed first and the new one uploaded last.

    A reader that finds _manifests/week=W.json can trust every file it lists (same rule as local
    exports); the other weeks' partitions are left as they are.
    """
    fs, root = open_url(export_url)
    local = export_manifest(Path(exports), week)
    if not local.is_file():
        raise UserError(f"no complete export of week {week} under {exports}: run `jobwatch export`")
    remote_manifest = f"{root}/{local.relative_to(exports).as_posix()}"
    if fs.exists(remote_manifest):
        fs.rm_file(remote_manifest)
    listed = json.loads(local.read_text(encoding="utf-8"))["files"]
    result = SyncResult(export_url, sorted(listed))
    for name in [*sorted(listed), local.relative_to(exports).as_posix()]:
        path = Path(exports) / name
        fs.makedirs(f"{root}/{name}".rsplit("/", 1)[0], exist_ok=True)
        fs.put_file(str(path), f"{root}/{name}")
        result.files += 1
        result.bytes += path.stat().st_size
    return result
