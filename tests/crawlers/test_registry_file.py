"""The registry a user edits: $JOBWATCH_HOME/sources.yaml, seeded once, changed row by row."""

from __future__ import annotations

import pytest

from jobwatch.core.errors import UserError
from jobwatch.crawlers.registry_file import append_rows, registry_path, update_rows, user_registry
from jobwatch.crawlers.sources import DEFAULT_PATH, load_sources
from tests.conftest import jobwatch_cli

MINE = """\
# my boards
- {company: Acme, platform: lever, board: acme}   # keep this comment
- {company: Beta, platform: greenhouse, board: beta, origin: jobseek}
"""


def test_first_use_seeds_the_home_copy_and_never_overwrites_it(tmp_path):
    path = user_registry(tmp_path)
    assert path == tmp_path / "sources.yaml"
    assert path.read_bytes() == DEFAULT_PATH.read_bytes()
    path.write_text(MINE)
    assert registry_path(None, tmp_path).read_text() == MINE  # the user's edits stay
    other = tmp_path / "other.yaml"
    assert registry_path(other, tmp_path) == other  # --sources-file wins


def test_a_row_update_changes_that_row_only(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(MINE)
    changed = update_rows(path, {("greenhouse", "beta"): {"enabled": False, "note": "404 x3"}})
    assert changed == 1
    lines = path.read_text().splitlines()
    assert lines[:2] == MINE.splitlines()[:2]  # comments and other rows as written
    assert lines[2] == (
        "- {company: Beta, platform: greenhouse, board: beta, origin: jobseek, enabled: false, "
        "note: 404 x3}"
    )
    beta = {s.key: s for s in load_sources(path)}["greenhouse", "beta"]
    assert (beta.enabled, beta.note, beta.origin) == (False, "404 x3", "jobseek")
    assert update_rows(path, {("greenhouse", "beta"): {"enabled": None, "note": None}}) == 1
    assert {s.key: s for s in load_sources(path)}["greenhouse", "beta"].enabled


def test_appended_rows_load_with_the_rest(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(MINE.rstrip("\n"))  # no final newline
    append_rows(path, [{"company": "Gem Co", "platform": "ashby", "board": "gemco"}], "found")
    assert [s.board for s in load_sources(path)] == ["acme", "beta", "gemco"]
    assert "# found\n" in path.read_text()


def test_an_edited_file_is_read_again_not_its_cached_parse(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(MINE)
    assert len(load_sources(path)) == 2
    assert (tmp_path / ".sources.yaml.parsed").is_file()  # the parse kept beside it
    path.write_text(MINE + "- {company: C, platform: lever, board: c, enabled: maybe}\n")
    with pytest.raises(UserError, match="enabled must be true or false"):
        load_sources(path)


def test_sources_lists_the_home_copy_made_on_first_use(tmp_path):
    proc = jobwatch_cli(tmp_path, "sources", "--json")
    assert (tmp_path / "sources.yaml").is_file()
    assert str(tmp_path / "sources.yaml") in proc.stdout
