"""The windowed salary and work-mode scans find exactly what the whole-text scans they replaced
find, on tables of traps and on arbitrary text."""

import re
import re._constants as sre_constants
import re._parser as sre_parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobwatch.pipeline.salary.amount import AMOUNT_CHARS, MONEY
from jobwatch.pipeline.salary.money import currency_mark_at, money_marks
from jobwatch.pipeline.salary.scan import _K_RANGE_HINTS, _search_from, prepare, scan
from jobwatch.pipeline.work_mode_text import _DAYS_REACH, WINDOW, text_signals
from jobwatch.pipeline.work_mode_words import COMPANY_REMOTE, HOME_WORKING, OFFICE_DAYS, STATEMENTS


def find_salary(text):
    """Every amount a description states, read with the fast path (amounts skipped up to the next
    currency mark)."""
    return scan(prepare(text))


def find_salary_with_reason(text):
    """The same, every amount read, with the reasons the rejected ones were refused."""
    seen: set[str] = set()
    return scan(prepare(text), seen=seen), seen


MONEY_TEXT = st.lists(
    st.sampled_from(
        [
            "$",
            "£",
            "€",
            "USD",
            "GBP ",
            "k",
            "K",
            "150",
            "1,500",
            "85.000",
            "401(k)",
            "-",
            " to ",
            "up to",
            "from",
            "starting from",
            "Up to",
            "to",
            "at least",
            "minimum ",
            "max",
            "starting at",
            "USD $",
            "C$",
            "Rs",
            "RS.",
            "zł",
            "LPA",
            "lakhs",
            "LAKH",
            "EUR",
            " and ",
            " bis ",
            "thousand",
            "100,000",
            "(",
            ")",
            ":",
            "’",
            "y",
            "w",
            "T",
            "years",
            "per hour",
            "/yr",
            "ph",
            "pw",
            "p/h",
            "bonus",
            "OTE",
            "base",
            "salary",
            " ",
            "   ",
            "\n",
            "a",
            "v2",
            "٣",
            ".",
            ",",
        ]
    ),
    max_size=25,
).map("".join)
MODE_TEXT = st.lists(
    st.sampled_from(
        [
            "This role is",
            "the position is",
            " fully ",
            "remote",
            "REMOTE-first",
            "Remote",
            "hybrid",
            " role",
            "3 days a week in the ",
            "office",
            "Office",
            "ﬃce",
            "on-site",
            "ON SITE",
            "in-person",
            "based ",
            "work from anywhere",
            "work from ",
            "anywhere",
            "3 DAYS PER WEEK AT OUR ",
            "week in ",
            "WEEK ",
            "in office",
            "In-Office",
            "in ",
            "onsite",
            "on",
            "On ",
            "site",
            "person",
            "İ",
            "x",
            " ",
            "  ",
            "\n",
            ".",
            "_",
            "remotely",
            "Location: ",
            "#LI-",
            " | ",
            "not ",
            "this is a ",
            "full-time ",
            "position",
            "(",
            ")",
            "2 ",
            "5 ",
            " days ",
            "from home",
            "WFH",
            "télétravail",
            "distributed company",
            "fully distributed",
            " available",
            ", ",
            "campus",
            "HQ",
            "-based",
            "from\t",
            "home",
            "day",
            "3",
            "in\n",
            "NY3",
        ]
    ),
    max_size=20,
).map("".join)
FAST = settings(max_examples=300, deadline=None)


@FAST
@given(MONEY_TEXT, st.integers(0, 60))
def test_salary_search_skips_only_digit_free_text(text, position) -> None:
    start = _search_from(text, position)
    plain = MONEY.search(text, position)
    if start is None:
        assert plain is None
    else:
        skipped = MONEY.search(text, start)
        assert (skipped and skipped.span()) == (plain and plain.span())


@FAST
@given(MONEY_TEXT)
def test_money_marks_are_where_the_mark_search_stops(text) -> None:
    marks, lakh = money_marks(text)
    for position in range(len(text) + 1):
        later = [m for m in marks if m >= position]
        assert (later[0] if later else -1) == currency_mark_at(text, position)
    assert lakh == ("LPA" in text or "lpa" in text or "akh" in text or "AKH" in text)


@FAST
@given(MONEY_TEXT)
def test_k_range_hints_find_what_one_pattern_finds(text) -> None:
    one = re.compile(r"[kK]\s?(?:[-–—−]|to)\s?\d")
    assert any(h.search(text) for h in _K_RANGE_HINTS) == bool(one.search(text))


@pytest.mark.parametrize(
    "qualifier",
    [
        "up to",
        "to",
        "max",
        "maximum",
        "from",
        "starting at",
        "starting from",
        "starts at",
        "From",
        "Up to",
        "min",
        "minimum",
        "at least",
    ],
)
@pytest.mark.parametrize("amount", ["$150k", "USD $150,000", "150000 USD", "C$ 90k"])
def test_salary_search_keeps_every_qualifier(qualifier, amount) -> None:
    # Without the qualifier in the window, the search would start at the currency and lose it.
    text = f"Benefits: 401(k). Pay {qualifier}   {amount} a year"
    plain = MONEY.search(text, 20)
    start = _search_from(text, 20)
    assert plain
    assert plain.group("q")
    assert plain.group("q").strip() == qualifier  # in any case: "Pay: From $15.00 per hour"
    assert (found := MONEY.search(text, start))
    assert found.span() == plain.span()


@FAST
@given(MONEY_TEXT)
def test_find_salary_fast_path_agrees(text) -> None:
    # find_salary skips the amounts before a currency mark; collecting reasons reads them all.
    assert find_salary(text) == find_salary_with_reason(text)[0]


@FAST
@given(st.lists(MONEY_TEXT, max_size=6).map(" ".join))
def test_find_salary_fast_path_agrees_on_longer_text(text) -> None:
    assert find_salary(text) == find_salary_with_reason(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Pay: between 100,000 and 150,000 USD a year",  # the range starts far before the mark
        "We are 40 people (5 to $10k per year)",  # the currency in the second half
        "Our 401(k): up to 4%. Salary: 120000 – 140000 EUR per year",
        "Team of 12 and 5 years; pay 90 000 - 110 000 € annually",
        "a" * 400 + " 150000 USD a year",  # no barrier in reach of the mark: nothing skipped
        "Pay: 100000" + " " * 320 + "- 150000 USD a year",  # a range longer than the reach
        "aaa " * 100 + "150 000 to 180 000 USD a year",
        "Bonus: $10k. You’ll earn $150k–$180k base.",
        "RS. 12,00,000 per year; Rs 15 lakhs; 30 zł per hour; up to 90k GBP",
        "2 to 3 days; 100 and 200 CHF a day",
        " to RS.100,000",  # "RS." is a mark as much as "Rs"
    ],
)
def test_find_salary_skips_only_amounts_without_a_currency(text) -> None:
    assert find_salary(text) == find_salary_with_reason(text)[0]


def test_amount_chars_hold_every_character_an_amount_can_consume() -> None:
    # No MONEY match can hold a character outside AMOUNT_CHARS: the skip relies on it.
    consumed, kinds = set(), set()

    def walk(pattern) -> None:
        for op, av in pattern:
            if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT):
                continue  # looks around, consumes nothing
            if op is sre_constants.LITERAL:
                consumed.add(chr(av))
            elif op is sre_constants.IN:
                for kind, value in av:
                    if kind is sre_constants.LITERAL:
                        consumed.add(chr(value))
                    else:
                        kinds.add((kind, value))
            elif op is sre_constants.SUBPATTERN:
                walk(av[3])
            elif op is sre_constants.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op is sre_constants.MAX_REPEAT:
                walk(av[2])
            else:
                raise AssertionError(f"unexpected {op} in MONEY")

    walk(sre_parse.parse(MONEY.pattern, MONEY.flags))
    assert kinds == {
        (sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE),
        (sre_constants.CATEGORY, sre_constants.CATEGORY_DIGIT),
    }
    allowed = re.compile(AMOUNT_CHARS)
    assert {c for c in consumed if not allowed.fullmatch(c)} == set()
    assert allowed.fullmatch("\u2003")
    assert allowed.fullmatch("٣")
    assert not any(allowed.fullmatch(c) for c in "()’:;/%+yw")  # the usual barriers


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Salary: up to          $150k per year", None, 150_000.0),  # many spaces after "up to"
        ("Pay starting from      $150k per year", 150_000.0, None),  # the longest qualifier
        ("Salary up to USD $150,000 a year", None, 150_000.0),  # the longest currency prefix
        ("Team of 12, 5+ years; pay $120,000 - $140,000 a year", 120_000.0, 140_000.0),
        ("100 to $150k per year", 150_000.0, 150_000.0),  # the retry starts at the "$"
        ("Our 401(k) matches 4%. No salary is stated here.", None, None),
    ],
)
def test_find_salary_after_skipping(text, low, high) -> None:
    found = next(iter(find_salary(text)), None)
    assert (found and (found.min, found.max)) == (
        (low, high) if (low, high) != (None, None) else None
    )


@FAST
@given(MODE_TEXT)
def test_work_mode_windows_agree_with_whole_text_scan(text) -> None:
    assert text_signals(text) == text_signals(text, whole=True)


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Hybrid: 3 days a week in the office, Seattle.", "hybrid"),
        ("We meet 2 days per week at our office.", "hybrid"),
        ("2 DAYS A WEEK IN OFFICE", "hybrid"),
        ("Our office is lovely; 2 days a week at the campus", "hybrid"),
        ("This role is in-office in Austin.", "onsite"),
        ("The position is based in office.", "onsite"),
        ("The job is onsite.", "onsite"),
        ("fully on site, no remote", "onsite"),
        ("This role is in person (office in Boston).", "onsite"),
        ("x" * 400 + " This position is fully remote.", "remote"),
        ("You can work anywhere.", None),  # "anywhere" alone is not a statement
        ("DescriptionThis is a remote role.", "remote"),  # "remote role" inside a glued one
        ("In Person OnlyHybrid Position", "hybrid"),  # the statement word glued on
        ("LidarRemote sensing, Python", None),
        ("Remote sensing is done in person at 5 sites.", None),
        ("The office is on site C; a person in office hours.", None),
    ],
)
def test_work_mode_windows_on_traps(text, stated) -> None:
    found = text_signals(text)
    assert found == text_signals(text, whole=True)
    assert (found.stated and found.stated[0]) == stated


def test_work_mode_statements_fit_the_window() -> None:
    statements = [pattern for w in STATEMENTS for pattern in w.alternatives]
    patterns = [*statements, OFFICE_DAYS, COMPANY_REMOTE, HOME_WORKING]
    for pattern in patterns:
        assert sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1] <= WINDOW
    # "3 days a week in the office": the reach the scan allows between the figure and the place
    assert sre_parse.parse(OFFICE_DAYS.pattern).getwidth()[1] <= _DAYS_REACH
