"""Company display name and stable key: "OpenAI, Inc." -> ("OpenAI", "openai")."""

from __future__ import annotations

import re
import unicodedata

from jobwatch.pipeline.memo import memo

# Legal-form suffixes, stripped (repeatedly) from the end of the name.
_SUFFIX = re.compile(
    r"[\s,]+(?:inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|corp|corporation|co|company|plc|ag|"
    r"s\.?a|s\.?a\.?s|b\.?v|n\.?v|pty|pty ltd|oy|ab|as|srl|s\.r\.l|llp|l\.p|lp|kk|k\.k|sarl|se)"
    r"\.?$",
    re.IGNORECASE,
)


def _display(name: str) -> str:
    text = " ".join(name.split()).strip(" ,")
    while True:
        stripped = _SUFFIX.sub("", text).strip(" ,")
        if stripped == text or not stripped:
            return text
        text = stripped


def company_key(display: str) -> str:
    """Lower-case letters and digits only, accents folded: the join key across sources."""
    folded = unicodedata.normalize("NFKD", display.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


@memo
def normalize_company(name: str | None) -> tuple[str | None, str | None]:
    """(display, key); (None, None) when the source gave no company name."""
    if name is None or not name.strip():
        return None, None
    display = _display(name)
    return display, company_key(display) or None
