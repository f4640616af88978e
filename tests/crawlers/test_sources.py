"""Companies as data: the shipped registry and the loader's validation."""

from __future__ import annotations

import pytest

from jobwatch.core.errors import UserError
from jobwatch.crawlers.sources import Source, boards_for, load_sources


def test_shipped_registry_is_a_real_list_of_greenhouse_boards():
    sources = load_sources()
    assert ("greenhouse", "anthropic") in {s.key for s in sources}
    boards = boards_for("greenhouse")
    assert len(boards) == len(set(boards)) == sum(s.platform == "greenhouse" for s in sources)
    assert boards_for("monster") == []  # (the other platforms: test_sources_registry.py)


def test_a_sources_file_can_be_passed(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("- {company: Acme, platform: Greenhouse, board: acme}\n")
    assert load_sources(path) == [Source("Acme", "greenhouse", "acme")]
    assert boards_for("greenhouse", str(path)) == ["acme"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {company: Acme, platform: greenhouse}\n", "missing board"),
        ("- {company: Acme, platform: greenhouse, board: ../etc}\n", "not a valid board token"),
        (
            "- {company: A, platform: greenhouse, board: a}\n"
            "- {company: B, platform: greenhouse, board: a}\n",
            "listed twice",
        ),
        ("company: Acme\n", "expected a list"),
        ("- [unclosed\n", "not valid YAML"),
        ("- just-a-string\n", "expected a mapping"),
    ],
)
def test_bad_sources_files_are_user_errors(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(UserError, match=message):
        load_sources(path)


def test_missing_sources_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="not found"):
        load_sources(tmp_path / "nope.yaml")
