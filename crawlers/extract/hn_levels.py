"""A title over a range of levels ("Mid to Senior JavaScript developers") whose comment opens it
at each level ("we are looking for a mid-level dev and a senior dev"): one posting per level."""

from __future__ import annotations

import re

from jobwatch.crawlers.extract.hn_roles import LEVEL_WORDS, ROLE_HEAD

# "Mid to Senior", "Junior/Senior", "Senior - Staff" before the rest of the title.
_RANGE = re.compile(
    rf"^(?:{LEVEL_WORDS})(?:\s*(?:[-–/,&]|to|and|or)\s*(?:{LEVEL_WORDS}))+\s+(?=\S)", re.I
)
_LEVEL_AND_HEAD = re.compile(rf"^(?P<level>{LEVEL_WORDS})\s+(?P<head>\S+)$", re.I)


def per_level(title: str, hiring: list[str]) -> list[str] | None:
    """The title at each level the hiring sentence opens, when the title spans a range of
    levels and every role the sentence names is a level and a head alone ("Mid-level
    JavaScript developers", "Senior JavaScript developers"); else None (a range said once is
    one posting)."""
    core = _RANGE.sub("", title)
    if core == title:
        return None
    levels = []
    for item in hiring:
        opening = _LEVEL_AND_HEAD.match(item)
        if opening is None or not ROLE_HEAD.fullmatch(opening["head"]):
            return None
        levels.append(opening["level"])
    if len(set(map(str.lower, levels))) < 2:
        return None
    return [f"{level[:1].upper()}{level[1:]} {core}" for level in levels]
