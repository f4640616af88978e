"""The words read from a regex are in every match: a window without them is rightly skipped."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.prefilter import Prefilter, clauses
from jobwatch.pipeline.work_mode_words import STATEMENT_WORDS, STATEMENTS


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"remote\s+(?:role|position)\b", (("remote",), ("role", "position"))),
        (r"\bhybrid\s*:", (("hybrid",), (":",))),
        (r"(?:fully\s+)?remote", (("remote",),)),  # an optional part says nothing
        (r"#li-remote\b", (("#li-remote",),)),
        (r"[\n|][ \t]*remote", (("remote",),)),  # a class of several characters neither
        (r"(?:x+yz|cd)", (("yz", "cd"),)),  # a repeat of at least one holds its item
        (r"x*y?", ()),
        (r"in[\s-]office|office[\s-]based", (("office",),)),  # each branch's longest word
        (r"\d+|remote", ()),  # a branch with no literal: any text may match
        (r"(?=remote)\w+", ()),  # a lookahead is not in the match
        (r"(?i:remote)|x", ()),  # nor is a case-insensitive part told
    ],
)
def test_clauses_read_from_a_regex(pattern, expected) -> None:
    assert clauses(re.compile(pattern)) == expected


def test_a_case_insensitive_regex_tells_nothing() -> None:
    assert clauses(re.compile("remote", re.IGNORECASE)) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a remote role", [True, False, True]),
        ("a remote job", [False, False, True]),
        ("hybrid role", [False, True, True]),  # "role" without "remote" is no remote role
    ],
)
def test_prefilter_needs_a_word_of_every_clause(text, expected) -> None:
    patterns = [r"remote\s+(?:role|position)\b", r"hybrid\s+role", r"remote|hybrid role"]
    assert Prefilter([re.compile(p) for p in patterns]).possible(text) == expected


PIECES = st.sampled_from(
    [
        *("this ", "the ", "role ", "position ", "is ", "will be ", "a ", "an ", "fully "),
        *("100% ", "remote", "hybrid", "on-site", "onsite", "in office", "in-person", " "),
        *("office based", "location: ", "work arrangement - ", "#li-", "not ", "non-remote"),
        *("\n", "| ", "•", "(", ")", ":", "3 ", "days ", "a week ", "partly ", "full-time "),
        *("can be performed ", "remotely", "cannot be done ", "you'll ", "work ", "from home"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_every_statement_match_holds_its_words(text) -> None:
    statements = [pattern for wording in STATEMENTS for pattern in wording.alternatives]
    for pattern in statements:
        for match in pattern.finditer(text):
            held = match.group(0)
            for clause in clauses(pattern):
                assert any(word in held for word in clause), (pattern.pattern, held)
    possible = STATEMENT_WORDS.possible(text)
    for pattern, may in zip(statements, possible, strict=True):
        assert may or pattern.search(text) is None, pattern.pattern
