"""The wording test behind the LinkedIn remote measure: what counts as a posting saying remote."""

import pytest

from jobwatch.pipeline.evaluation.work_mode_linkedin import says_remote


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("This is a full-time remote role.", "remote"),
        ("Ability to work remotely.", "remotely"),
        ("Work from home after training.", "Work from home"),
        ("Telecommuting is fine.", "Telecommuting"),
        ("We are a distributed team.", "distributed team"),
        ("Customer Service - WFH", "WFH"),
        # traps: denied, or a word that is not the remote wording
        ("This is not a remote position.", None),
        ("No remote work.", None),
        ("Build distributed storage systems.", None),
        ("Work from the office.", None),
        ("Remoteness of the site.", None),
    ],
)
def test_says_remote(text, said) -> None:
    assert says_remote(text) == said


def test_a_clause_break_ends_the_negation() -> None:
    assert says_remote("No matter where you are, remote work is possible.") == "remote"
