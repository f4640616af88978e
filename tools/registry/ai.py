"""Which registry rows are AI companies: stapply's list of AI companies, and names that say so.

jobseek's industries cannot tell: AI is one keyword of its "Technology" industry, beside software
and SaaS. So a row is an AI company when stapply's ai_companies.json names it on that platform
(matched on the token or the company name, letters and digits only), when jobwatch's own list
says `ai: true`, or when its name or address says AI: the word "AI" in the company name, a token
ending in `-ai`/`_ai`/`.ai`, a website on the `.ai` domain.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

# "Scale AI", "Character.AI", "11X Ai" (stapply title-cases slugs); not "AIG", "Thai", "Kaiser".
AI_WORD = re.compile(r"(?:^|[\s.(-])A[Ii](?=$|[\s.),-])")
AI_TOKEN = re.compile(r"[-_.]ai$", re.IGNORECASE)


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def listed_ai(named: dict[str, str]) -> set[tuple[str, str]]:
    """(platform, squashed name) of every AI company stapply located on a platform."""
    return {(platform, squash(name)) for name, platform in named.items()}


def is_listed(row: dict[str, Any], listed: set[tuple[str, str]]) -> bool:
    platform = str(row["platform"])
    names = (squash(str(row["board"])), squash(str(row["company"])))
    return any((platform, name) in listed for name in names if name)


def says_ai(row: dict[str, Any]) -> bool:
    """The company's name, board token or website says AI."""
    host = urlsplit(str(row.get("website") or "")).hostname or ""
    return bool(
        AI_WORD.search(str(row["company"]))
        or AI_TOKEN.search(str(row["board"]).split("/")[0])
        or host.endswith(".ai")
    )
