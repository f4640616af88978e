"""Posting identity: a stable id per source posting; a cluster key for the same job elsewhere."""

from __future__ import annotations

import hashlib
import re

_ABBREVIATIONS = {"sr": "senior", "jr": "junior", "eng": "engineer", "mgr": "manager"}
# Requisition numbers and bracketed codes differ between reposts of the same job.
_NOISE = re.compile(r"\(.*?\)|\[.*?\]|#\s*\w+|\breq(?:uisition)?\b\W*\w+|\b\d{3,}\b")


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def posting_id(source: str, board: str | None, source_id: str) -> str:
    """Stable 16-hex id of one posting at one source/board."""
    return _digest(source.strip().lower(), (board or "").strip().lower(), str(source_id).strip())


def normalize_title_key(title: str) -> str:
    """The title as the cluster key sees it: lower-case words, abbreviations spelled out."""
    words = re.findall(r"[a-z0-9+#]+", _NOISE.sub(" ", title.lower()))
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def cluster_key(company_key: str | None, title: str, location: str | None) -> str:
    """Fingerprint of company + normalized title + primary place (or "remote")."""
    place = " ".join(re.findall(r"[a-z0-9]+", (location or "").lower()))
    return _digest(company_key or "", normalize_title_key(title or ""), place)
