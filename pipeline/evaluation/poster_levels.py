"""The posters' LinkedIn levels on the sets with text, and how far they follow that text."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from jobwatch.pipeline.evaluation import linkedin_text
from jobwatch.pipeline.evaluation.measures import Measure, ratio
from jobwatch.pipeline.years import required_years

if TYPE_CHECKING:
    from pathlib import Path

SHORT = {linkedin_text.ARSHKON: "arshkon", linkedin_text.BRIGHTDATA: "brightdata"}
LEVEL = {
    linkedin_text.ARSHKON: "formatted_experience_level",
    linkedin_text.BRIGHTDATA: "job_seniority_level",
}
# LinkedIn's levels, in English or as shown to a French viewer. "Associate" (LinkedIn's step
# between the two) is neither: a posting labelled so counts in the rows, never as a hit.
SENIOR_LEVELS = {"Mid-Senior level", "Director", "Executive", "Manager", "Confirmé"}
ENTRY_LEVELS = {"Entry level", "Internship", "Premier emploi", "Stagiaire / Alternant"}
OTHER_LEVELS = {"Associate"}
# No level: left out ("Di-angkop" is "Not Applicable" in Filipino).
NO_LEVEL = {"", "Not Applicable", "Non pertinent", "Di-angkop"}
REQUIRED_SENIOR_YEARS = 5


def labelled_rows(data_dir: Path, dataset: str) -> list[tuple[dict[str, str], str]]:
    """(row, the poster's level) for every row with a level."""
    out = []
    for row in linkedin_text.read_rows(data_dir, dataset):
        level = row[LEVEL[dataset]].strip()
        if level in NO_LEVEL:
            continue
        if level not in SENIOR_LEVELS | ENTRY_LEVELS | OTHER_LEVELS:
            raise ValueError(f"{dataset}: level {level!r} is not mapped (seniority_posters.py)")
        out.append((row, level))
    return out


def posters_follow_the_text(dataset: str, labelled: list[tuple[dict[str, str], str]]) -> Measure:
    text, short = linkedin_text.COLUMNS[dataset][4], SHORT[dataset]
    counts = Counter[str]()
    for row, level in labelled:
        found = required_years(row[text] or "")
        if found is not None and found[0] >= REQUIRED_SENIOR_YEARS:
            counts["n"] += 1
            counts["senior"] += level in SENIOR_LEVELS
    return Measure(
        f"seniority_posters.{short}.posters_senior_at_5_years",
        f"{short}: the poster says senior when the text requires 5+ years",
        ratio(counts["senior"], counts["n"]),
        counts["n"],
        "postings whose description requires 5+ years that the poster labels senior / those "
        "postings (how far the labels follow the text)",
    )
