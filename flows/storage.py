"""Remote raw and normalized lakes and exports on any fsspec filesystem (s3://, gs://, a path).

A local home (the flow's $JOBWATCH_HOME, or a worker's scratch dir) stays the working copy every
stage reads and writes; this module only copies immutable things across, so crawlers/, pipeline/
and warehouse/ need not know about fsspec:

* pull_lake / push_lake: finished crawl dirs missing on one side -> the other (raw lake);
* pull_normalized / push_normalized: the same for normalized crawl dirs of one taxonomy version;
* push_export: one week's exported files -> remote exports, the week's manifest last.

A remote crawl dir is complete when its marker exists (`_runs.jsonl` in the raw lake,
`postings.parquet` in the normalized one): it is uploaded after every other file (object stores
have no atomic directory rename), so a reader never takes a half-uploaded crawl.
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
    POSTINGS,
    RUNS,
    export_manifest,
    finished_crawl_dirs,
    taxonomy_dir,
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


def remote_crawls(fs: Any, root: str, marker: str = MARKER) -> set[str]:
    """Complete crawl dirs under a remote lake root, relative to it."""
    markers = fs.glob(f"{root}/{CRAWL_DIRS}/{marker}")
    return {m.removeprefix(root + "/").rsplit("/", 1)[0] for m in markers}


def _upload_dir(fs: Any, local: Path, remote: str, last: str, result: SyncResult) -> None:
    """Every file of `local` to `remote`, the file named `last` after all the others."""
    # Hidden files are temp files of a writer (export's .name.tmp-*): never published.
    files = sorted(p for p in local.iterdir() if p.is_file() and not p.name.startswith("."))
    for path in sorted(files, key=lambda p: p.name == last):
        fs.put_file(str(path), f"{remote}/{path.name}")
        result.files += 1
        result.bytes += path.stat().st_size


def _push(local: Path, url: str, marker: str) -> SyncResult:
    """Upload every local crawl dir holding `marker` that the remote root does not have yet."""
    fs, root = open_url(url)
    have = remote_crawls(fs, root, marker)
    result = SyncResult(url)
    for crawl_dir in finished_crawl_dirs(local):
        rel = _relative(crawl_dir, local)
        if rel not in have and (crawl_dir / marker).is_file():
            _upload_dir(fs, crawl_dir, f"{root}/{rel}", marker, result)
            result.crawl_dirs.append(rel)
    return result


def push_lake(home: Path, lake_url: str) -> SyncResult:
    """Upload every finished local crawl dir the remote lake does not have yet."""
    return _push(paths(Path(home)).raw, lake_url, MARKER)


def push_normalized(home: Path, normalized_url: str, version: str) -> SyncResult:
    """Upload every local normalized crawl dir of `version` the remote does not have yet."""
    local = taxonomy_dir(paths(Path(home)).normalized, version)
    return _push(local, f"{normalized_url.rstrip('/')}/taxonomy={version}", POSTINGS)


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


def _pull(local: Path, url: str, marker: str, only: list[str] | None) -> SyncResult:
    """Copy every complete remote crawl dir (of `only`, when given) missing locally."""
    fs, root = open_url(url)
    result = SyncResult(url)
    found = remote_crawls(fs, root, marker)
    for rel in sorted(found if only is None else found & set(only)):
        target = local / rel
        if not target.exists():
            _download_dir(fs, f"{root}/{rel}", target, result)
            result.crawl_dirs.append(rel)
    return result


def pull_lake(home: Path, lake_url: str, only: list[str] | None = None) -> SyncResult:
    """Copy every complete remote crawl dir (of `only`) missing from the local raw lake."""
    return _pull(paths(Path(home)).raw, lake_url, MARKER, only)


def pull_normalized(home: Path, normalized_url: str, version: str) -> SyncResult:
    """Copy every complete remote normalized crawl dir of `version` missing locally."""
    local = taxonomy_dir(paths(Path(home)).normalized, version)
    return _pull(local, f"{normalized_url.rstrip('/')}/taxonomy={version}", POSTINGS, None)


def unnormalized(lake_url: str, normalized_url: str, version: str) -> list[str]:
    """Complete remote raw crawl dirs without a complete normalized dir of `version`."""
    fs, root = open_url(lake_url)
    raw = remote_crawls(fs, root)
    nfs, nroot = open_url(f"{normalized_url.rstrip('/')}/taxonomy={version}")
    return sorted(raw - remote_crawls(nfs, nroot, POSTINGS))


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
