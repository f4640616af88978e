"""tech_skills.csv: named technologies derived from O*NET and Linguist, and how they match."""

from __future__ import annotations

import pytest

from jobwatch.pipeline.skills import extract_skills
from jobwatch.pipeline.taxonomy import read_csv
from jobwatch.pipeline.taxonomy.build_tech_skills import (
    derive,
    linguist_spellings,
    ordinary,
    spellings,
)
from jobwatch.pipeline.taxonomy.tech_spellings import solid_or_spaced
from tests.eval_data import EVAL_DATA

VENDORS = frozenset({"Microsoft", "Google", "Teradata", "Apache"})
GENERIC = frozenset({"cost", "accounting", "software", "analytic", "database", "cloud", "storage"})


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("Microsoft Excel", ["Microsoft Excel", "Excel"]),  # the vendor dropped
        ("Teradata BTEQ", ["Teradata BTEQ", "BTEQ"]),
        ("Ansible software", ["Ansible"]),  # "software" is not part of the name
        ("Google Cloud Storage", ["Google Cloud Storage"]),  # "Cloud Storage" is generic
        ("Cost accounting software", []),  # a kind of software, not one product
        ("Moz search engine optimization SEO", []),  # a description, not a name
        ("Google", []),  # a vendor's bare name is the company
        ("SMT", []),  # three capitals: an abbreviation many things share
        ("Accelrys Insight II", ["Accelrys Insight II"]),  # a version numeral is no acronym
    ],
)
def test_spellings_of_an_onet_example(example: str, expected: list[str]) -> None:
    assert spellings(example, VENDORS, GENERIC) == expected


@pytest.mark.parametrize(
    ("name", "is_ordinary"),
    [
        ("Slack", True),
        ("Teams", True),  # a plural of a dictionary word
        ("Timeline", True),  # one plain word, though the 1934 dictionary lacks it
        ("Measure Square", True),
        ("GitHub", False),  # coined spellings are names
        ("SEMrush", False),
        ("BTEQ", False),
        ("Teradata Database", False),
        ("golang", False),  # a lower-case alias is read by the dictionary alone
        ("timeline", False),
    ],
)
def test_ordinary_words_need_context(name: str, is_ordinary: bool) -> None:
    assert ordinary(name) is is_ordinary


@pytest.mark.parametrize(
    ("name", "aliases", "expected"),
    [
        ("CoffeeScript", ["coffee-script", "coffee"], ["CoffeeScript"]),  # ordinary words
        ("PowerShell", ["powershell-core"], ["PowerShell", "powershell-core", "powershellcore"]),
        ("JavaScript", ["js", "node"], ["JavaScript"]),  # node is Node.js, js an extension
        ("ActionScript", ["actionscript 3", "as3"], ["ActionScript", "actionscript 3"]),
        # an ordinary word is a language only with a spelling of its own: then it needs context
        ("Less", ["less-css"], ["Less", "less-css", "lesscss"]),
        ("Shell", ["sh", "shell-script", "bash"], ["Shell", "shellscript"]),
        ("Ada", ["ada95", "ada2005"], []),  # a version is no spelling: "ADA", the disabilities act
        ("Kotlin", [], []),  # a plain word, left to skills.csv
    ],
)
def test_linguist_spellings(name: str, aliases: list[str], expected: list[str]) -> None:
    assert linguist_spellings(name, {"aliases": aliases}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Proficiency in Adobe Acrobat and Zoom", ["Adobe Acrobat", "Zoom"]),
        ("Native user of TikTok", ["TikTok"]),
        ("Built with ActionScript 3", ["ActionScript"]),
        ("Familiarity with Ghidra", ["Ghidra"]),
        (
            "Office Suites (Slides/PowerPoint, Docs/Word)",
            ["PowerPoint", "Google Docs", "Microsoft Word"],
        ),
        # traps: ordinary words that O*NET also lists as products
        ("one of the fastest growing startups", []),
        ("productivity tools and a chatbot", []),
        ("keep a timeline and a firewall between teams", []),
        ("React, ES6, LessCSS, NodeJS", ["React", "JavaScript", "Less", "Node.js"]),
        ("React, Less and Sass", ["React", "Less", "Sass"]),
        ("Less is more; do it with less effort. Shell Oil and BP; Max 5 years", []),
    ],
)
def test_derived_skills_in_postings(text: str, expected: list[str]) -> None:
    assert [hit.name for hit in extract_skills("", text)] == expected


@pytest.mark.parametrize(
    ("spelling", "other"),
    [
        ("Search Ads 360", "SearchAds360"),  # the words run together
        ("SE Ranking", "SERanking"),
        ("Cloud-Formation", "CloudFormation"),
        ("BuzzSumo", "Buzz Sumo"),  # a CamelCase name written apart
        ("DV360", "DV 360"),  # letters apart from digits
        ("Python", None),  # one word, nothing to split
        ("iOS", None),  # a one-letter part is no word
        ("EC2", None),
        ("C++ Builder", None),  # not letters and digits only
    ],
)
def test_solid_or_spaced_forms(spelling: str, other: str | None) -> None:
    assert solid_or_spaced(spelling) == other


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tools: SearchAds360, SEMRush, SEranking", ["Search Ads 360", "SEMrush", "SE Ranking"]),
        ("Adservers, DV 360...", ["Display & Video 360"]),
        ("Big Commerce experience preferred", ["BigCommerce"]),  # ordinary words: in context
        ("Expert in Cloud Formation/Terraform", ["CloudFormation", "Terraform"]),
        # traps: a spaced form of ordinary words is no name outside a context, and one holding
        # another skill's name ("My SQL") is left out, so that skill is still found
        ("We sell big commerce deals", []),
        ("I wrote my SQL queries", ["SQL"]),
        ("at least one drive a week; go to meeting rooms", []),
        ("the aftereffects of the storm", []),  # After Effects run together: a dictionary word
    ],
)
def test_solid_and_spaced_forms_in_postings(text: str, expected: list[str]) -> None:
    assert [hit.name for hit in extract_skills("", text)] == expected


def test_shipped_file_is_the_derivation() -> None:
    assert (EVAL_DATA / "onet").is_dir(), f"O*NET files missing at {EVAL_DATA / 'onet'}"
    assert derive(EVAL_DATA) == [dict(row) for row in read_csv("tech_skills.csv")]
