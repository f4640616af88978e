"""Normalization entry points (docs/architecture.md): one record, one file, the whole raw lake."""

from __future__ import annotations

from jobwatch.pipeline.batch import NormalizeResult, normalize_file
from jobwatch.pipeline.lake import normalize_lake
from jobwatch.pipeline.record import RecordError, normalize_record
from jobwatch.pipeline.taxonomy import TAXONOMY_VERSION

__all__ = [
    "TAXONOMY_VERSION",
    "NormalizeResult",
    "RecordError",
    "normalize_file",
    "normalize_lake",
    "normalize_record",
]
