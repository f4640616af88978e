"""Work mode against LinkedIn's own remote flag (linkedin-arshkon-2024-descriptions).

The postings go in as a user gives them (title, company, location, description; the flag is not
read by jobwatch). LinkedIn's `remote_allowed` is set by the poster and is loose: a blank flag is
not "onsite", and a flagged posting may say nothing about remote work. So the held measure reads
the rows a reader could call remote from the posting itself: flagged, and its title, location
or text says remote in words. "Says remote" is a fixed wording test, independent of the
classifier: remote, remotely, work from/at home, WFH, telecommute, a distributed
team/company/workforce, with no negation in the same clause before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from jobwatch.pipeline.evaluation.linkedin_text import ARSHKON, normalized, read_rows, row_id
from jobwatch.pipeline.evaluation.measures import DatasetResult, Measure, ratio
from jobwatch.pipeline.evaluation.real_gold.rows import DEV, half

if TYPE_CHECKING:
    from pathlib import Path

_SAYS = re.compile(
    r"\bremote(?:ly)?\b|\bwork(?:ing)?[\s-]+(?:from|at)[\s-]+home\b|\bwfh\b|\btelecommut\w*|"
    r"\bdistributed\s+(?:teams?|company|workforce)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|no|non|never|isn't|aren't|cannot)\b[^.;:!?\n,|]*$", re.I)
NOTES = [
    "Input: title, company, location and description through `jobwatch normalize` (no remote "
    "flag, no salary columns, no level).",
    "LinkedIn's remote_allowed = 1 marks a posting the poster flagged remote; blank is not "
    "'onsite'. 'Says remote': the title, location or description has remote, remotely, work "
    "from/at home, WFH, telecommute(ing) or a distributed team/company/workforce, with no "
    "not/no/non/never/cannot earlier in the same clause.",
]


def says_remote(*texts: str) -> str | None:
    """The first remote wording in the texts that no negation in its clause precedes."""
    for text in texts:
        for m in _SAYS.finditer(text or ""):
            if not _NEGATION.search(text[max(0, m.start() - 30) : m.start()]):
                return m.group(0)
    return None


def _said(row: dict[str, str]) -> str | None:
    return says_remote(row["title"], row["location"], row["description"])


def evaluate(data_dir: Path) -> DatasetResult:
    rows = read_rows(data_dir, ARSHKON)
    flagged = [row for row in rows if row["remote_allowed"].startswith("1")]
    said = [row for row in flagged if _said(row)]
    got = {row_id(ARSHKON, row): normalized(ARSHKON, row) for row in flagged}
    remote = {key for key, posting in got.items() if posting["work_mode"] == "remote"}
    hits = sum(row_id(ARSHKON, row) in remote for row in said)
    measures = [
        Measure(
            "work_mode.flagged_said_remote",
            "remote, flagged and said remote",
            ratio(hits, len(said)),
            len(said),
            "postings LinkedIn flags remote whose title, location or text says remote, "
            "classified remote / those postings",
        ),
        Measure(
            "work_mode.flagged_remote",
            "remote, flagged (figure)",
            ratio(len(remote), len(flagged)),
            len(flagged),
            "postings LinkedIn flags remote that are classified remote / flagged postings "
            "(a flag the posting's words do not back is not held)",
        ),
    ]
    misses = [_miss(row, got[row_id(ARSHKON, row)]) for row in said]
    misses = [m for m in misses if m["got"] != "remote" and half(ARSHKON, m["id"]) == DEV]
    return DatasetResult("work_mode", ARSHKON, len(rows), measures, NOTES, misses)


def _miss(row: dict[str, str], posting: dict[str, Any]) -> dict[str, Any]:
    return {
        "field": "work_mode",
        "id": row_id(ARSHKON, row),
        "title": row["title"],
        "location": row["location"],
        "says": _said(row),
        "got": posting["work_mode"],
        "evidence": posting["work_mode_evidence"],
    }
