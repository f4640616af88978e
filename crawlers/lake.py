"""Raw lake lines and crawl ids; where they go is jobwatch.core.layout's (docs/architecture.md)."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from typing import Any


def new_crawl_id(source: str, now: dt.datetime | None = None) -> str:
    """`<source>-<YYYYMMDDTHHMMSSZ>-<6 hex>`: sorts by start time, unique per crawl."""
    now = now or dt.datetime.now(dt.UTC)
    return f"{source}-{now.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


def dumps(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str)
