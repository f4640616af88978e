"""Normalize batches of RawPosting JSON lines: rows out, bad lines quarantined with a reason."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jobwatch.core.errors import UserError
from jobwatch.pipeline.record import RecordError
from jobwatch.pipeline.stages import BATCH, Outcome, normalize_many
from jobwatch.pipeline.writers import PostingWriter, write_jsonl

BODY_LIMIT = 64 * 1024
# A raw line longer than this is quarantined unread (reason line_too_long): one hostile line must
# not take normalization's memory past 1 GB (a posting is a few KB; the crawler caps a response at
# 50 MB, DOWNLOAD_MAXSIZE, and decoding plus classifying costs tens of times the line's size).
LINE_MAX_BYTES = 4 * 1024 * 1024
FORMATS = (".jsonl", ".parquet")
NOT_RAW = "not_a_raw_posting"
# Raw lines held before they are classified together (pipeline/stages.py batches them): at most
# BATCH records, and fewer once their lines reach this many bytes (a line may hold 4 MB).
PENDING_BYTES = 8 * 1024 * 1024
# Rows held in memory before they are appended to the output: memory is flat in the file size.
FLUSH_ROWS = 2_000
Source = tuple[Iterable[bytes], str, int]  # lines, the name quarantine lines cite, first line no.


@dataclass
class NormalizeResult:
    postings: int = 0
    quarantined: int = 0
    files: list[Path] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)
    skipped: int = 0  # crawl dirs already normalized at this taxonomy version

    def add(self, other: NormalizeResult) -> None:
        self.postings += other.postings
        self.quarantined += other.quarantined
        self.files.extend(other.files)
        self.reasons.update(other.reasons)
        self.skipped += other.skipped


@dataclass
class Batch:
    rows: list[dict[str, Any]] = field(default_factory=list)
    quarantine: list[dict[str, Any]] = field(default_factory=list)
    writer: PostingWriter | None = None  # when set, rows are flushed to it every FLUSH_ROWS
    written: int = 0
    pending: list[tuple[Any, str]] = field(default_factory=list)  # (raw, where), not yet classified
    pending_bytes: int = 0  # the size of their lines

    def flush(self) -> None:
        """With a writer, append the held rows to it."""
        if self.writer is not None:
            self.writer.write(self.rows)
            self.written += len(self.rows)
            self.rows = []

    def reject(self, reason: str, detail: str, body: Any, where: str, raw: Any = None) -> None:
        known = raw if isinstance(raw, dict) else {}
        keys = ("crawl_id", "source", "board", "url", "fetched_at")
        line = {k: known.get(k) for k in keys} | {"reason": reason, "detail": detail}
        text = body if isinstance(body, str) else json.dumps(body, default=str)
        self.quarantine.append(line | {"body": text[:BODY_LIMIT], "where": where})

    def reasons(self) -> Counter[str]:
        return Counter(line["reason"] for line in self.quarantine)


def _decode(data: bytes, batch: Batch, where: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        reason = "bad_encoding" if isinstance(error, UnicodeDecodeError) else "malformed_json"
        _drain(batch)  # the lines before it first: the quarantine stays in line order
        batch.reject(reason, str(error), data.decode("utf-8", "replace"), where)
    return None


def _add(raw: Any, batch: Batch, where: str, size: int) -> None:
    batch.pending.append((raw, where))
    batch.pending_bytes += size
    if len(batch.pending) >= BATCH or batch.pending_bytes >= PENDING_BYTES:
        _drain(batch)


def _drain(batch: Batch) -> None:
    """Classify the pending records stage by stage (pipeline/stages.py), then keep each row or
    quarantine the record, in line order."""
    pending, batch.pending, batch.pending_bytes = batch.pending, [], 0
    raws = [raw for raw, _ in pending if not _normalized(raw)]
    outcomes = iter(normalize_many(raws))
    for raw, where in pending:
        if _normalized(raw):
            detail = (
                "a normalized posting, not a crawl's raw line (normalize output over a raw file?)"
            )
            batch.reject(NOT_RAW, detail, raw, where, raw)
        else:
            _keep(next(outcomes), raw, batch, where)


def _normalized(raw: Any) -> bool:
    return isinstance(raw, dict) and "posting_id" in raw  # a crawl never writes one


def _keep(outcome: Outcome, raw: Any, batch: Batch, where: str) -> None:
    if isinstance(outcome, RecordError):
        batch.reject(outcome.reason, outcome.detail, raw, where, raw)
        return
    if isinstance(outcome, Exception):  # a classifier bug must cost one record, never the batch
        batch.reject("normalize_error", f"{type(outcome).__name__}: {outcome}", raw, where, raw)
        return
    row, issues = outcome
    batch.rows.append(row)
    if batch.writer is not None and len(batch.rows) >= FLUSH_ROWS:
        batch.flush()
    for reason, detail in issues:  # the posting is kept; the dropped value is quarantined
        batch.reject(reason, detail, raw, where, raw)


def normalize_lines(
    lines: Iterable[bytes], name: str, batch: Batch | None = None, first_line: int = 1
) -> Batch:
    """Add every non-blank line of one file to a batch (a new one unless given)."""
    batch = batch if batch is not None else Batch()
    for number, data in enumerate(lines, start=first_line):
        if not data.strip():
            continue
        where = f"{name}:{number}"
        if len(data) > LINE_MAX_BYTES:
            detail = (
                f"{len(data):,} bytes, over the {LINE_MAX_BYTES:,}-byte limit of a posting line"
            )
            _drain(batch)
            batch.reject(
                "line_too_long", detail, data[:BODY_LIMIT].decode("utf-8", "replace"), where
            )
            continue
        raw = _decode(data, batch, where)
        if raw is not None or data.strip() == b"null":
            _add(raw, batch, where, len(data))
    _drain(batch)
    return batch


def normalize_sources(
    sources: Iterable[Source], out_path: Path, quarantine_path: Path
) -> NormalizeResult:
    """Stream the lines of every source into one postings file (written by rename at the end)
    and, when any line was bad, one quarantine file."""
    writer = PostingWriter(out_path)
    batch = Batch(writer=writer)
    try:
        for lines, name, first_line in sources:
            normalize_lines(lines, name, batch, first_line)
        batch.flush()
        files = [writer.close()]
    except BaseException:
        writer.abort()
        raise
    if batch.quarantine:
        files.append(write_jsonl(batch.quarantine, quarantine_path))
    return NormalizeResult(batch.written, len(batch.quarantine), files, batch.reasons())


def normalize_file(
    in_path: Path | str, out_path: Path | str, *, quarantine_path: Path | str | None = None
) -> NormalizeResult:
    """RawPosting .jsonl -> normalized .jsonl or .parquet (by suffix), bad lines quarantined
    to `quarantine_path` (default: <out name>.quarantine.jsonl beside the output)."""
    source, target = Path(in_path), Path(out_path)
    quarantine = Path(quarantine_path or target.with_name(target.stem + ".quarantine.jsonl"))
    if source.resolve() in (target.resolve(), quarantine.resolve()):
        raise UserError(f"the output {target} would overwrite the input: choose another --out")
    if target.suffix not in FORMATS:
        raise UserError(f"cannot write {target.name}: the output must end in .jsonl or .parquet")
    if not source.is_file():
        raise UserError(f"no such input file: {source}")
    with source.open("rb") as handle:
        return normalize_sources([(handle, source.name, 1)], target, quarantine)
