"""One salary from the amounts a posting states: base pay over totals, a pay-cued range over a
stray figure, the range tied to the posting's place, else the full span of the ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from jobwatch.pipeline.salary.amount import TextSalary

# How far before a range its place can be named ("Seattle, WA: $150,000 - $180,000").
_PLACE_REACH = 250
_SENTENCE_END = re.compile(r"[;\n]|\.\s+(?=[A-Z(])")
_SENTENCE = re.compile(r"[^.;\n]*(?:\.(?![\s]+[A-Z])[^.;\n]*)*")


@dataclass(frozen=True)
class Choice:
    salary: TextSalary
    evidence: str  # what was chosen and why, quoting the matched text


def _narrow(candidates: list[TextSalary]) -> list[TextSalary]:
    """Base over total pay, pay-cued over uncued, ranges (or "up to"/"from" bounds) over single
    figures, the first one's period and currency."""
    pool = [c for c in candidates if not c.total] or candidates
    pool = [c for c in pool if c.cue] or pool
    pool = [c for c in pool if c.min != c.max] or pool
    first = pool[0]
    return [c for c in pool if (c.period, c.currency) == (first.period, first.currency)]


def _named_place(
    text: str, salary: TextSalary, span: tuple[int, int], places: Sequence[str]
) -> str | None:
    """The posting's place when the range's lead-in or its own sentence after it names it
    ("Seattle: $X - $Y", "$X - $Y for someone in Austin, Boston or NY")."""
    before = text[max(span[0], salary.start - _PLACE_REACH) : salary.start]
    before = _SENTENCE_END.split(before)[-1]  # its own sentence: not the previous range's
    after = _SENTENCE.match(text, salary.end, min(span[1], salary.end + _PLACE_REACH))
    near = before + " " + (after.group(0) if after else "")
    return next((p for p in places if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", near, re.I)), None)


def _local(text: str, pool: list[TextSalary], places: Sequence[str]) -> Choice | None:
    """The one range whose lead-in (since the previous amount) names the posting's place."""
    found = []
    for index, salary in enumerate(pool):
        start = pool[index - 1].end if index else 0
        end = pool[index + 1].start if index + 1 < len(pool) else len(text)
        place = _named_place(text, salary, (start, end), places)
        if place:
            found.append((salary, place))
    if len({(s.min, s.max) for s, _ in found}) != 1:
        return None
    salary, place = found[0]
    return Choice(salary, f"range for {place} of {len(pool)} stated: '{salary.text}'")


def choose(
    text: str,
    candidates: list[TextSalary],
    places: Sequence[str] = (),
    country: Sequence[str] = (),
) -> Choice:
    """The posting's salary among plausible candidates (at least one): the range tied to its
    city or region, else to its country ("across the U.S." beside a range for San Francisco),
    else the full span."""
    pool = _narrow(candidates)
    if len({(c.min, c.max) for c in pool}) == 1:
        return Choice(pool[0], f"'{pool[0].text}'")
    for names in (places, country):
        local = _local(text, pool, [p for p in names if p and len(p) > 1])
        if local is not None:
            return local
    lows = [c.min for c in pool if c.min is not None]
    highs = [c.max for c in pool if c.max is not None]
    quoted = " | ".join(f"'{c.text}'" for c in pool)
    span = replace(
        pool[0],
        min=min(lows) if lows else None,
        max=max(highs) if highs else None,
        text=" | ".join(c.text for c in pool),
    )
    return Choice(span, f"full span of {len(pool)} ranges: {quoted}")
