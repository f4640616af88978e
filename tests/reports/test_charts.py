"""Inline SVG charts and figure formatting: what a reader sees on the page."""

from __future__ import annotations

import re

import pytest

from jobwatch.reports.charts import (
    NARROW,
    WIDE,
    SalarySeries,
    nice_step,
    responsive,
    salary_chart,
    trend_chart,
)
from jobwatch.reports.figures import change, figure
from jobwatch.reports.svg import sparkline


@pytest.mark.parametrize(
    ("span", "step"), [(250_000, 50_000), (90_000, 20_000), (7, 2), (1, 0.2), (0, 0.2)]
)
def test_nice_step(span: float, step: float) -> None:
    assert nice_step(span) == pytest.approx(step)


def circles_x(svg: str) -> list[float]:
    return [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]


def test_salary_chart_puts_both_roles_on_one_axis_with_one_dot_per_posting() -> None:
    a = SalarySeries("A", "#00f", [100_000, 150_000, 200_000], 125_000, 150_000, 175_000)
    b = SalarySeries("B", "#f00", [300_000, 320_000], 305_000, 310_000, 315_000)
    svg = str(salary_chart([a, b], "salaries"))
    xs = circles_x(svg)
    assert len(xs) == 5
    assert max(xs[:3]) < min(xs[3:])  # B's dots lie right of A's: one shared axis
    assert "$100K" in svg
    assert "$300K" in svg


def test_salary_chart_says_why_a_suppressed_role_has_no_dots() -> None:
    a = SalarySeries("A", "#00f", [100_000, 150_000], 110_000, 125_000, 140_000)
    b = SalarySeries("B", "#f00", [90_000], None, None, None)
    svg = str(salary_chart([a, b], "salaries"))
    assert len(circles_x(svg)) == 2
    assert "suppressed" in svg


def test_chart_text_is_escaped() -> None:
    hostile = SalarySeries("<script>x</script>", "#00f", [100_000, 120_000], 1, 110_000, 2)
    svg = str(salary_chart([hostile], "a & b"))
    assert "<script>" not in svg
    assert "&lt;script&gt;x&lt;/script&gt;" in svg
    assert 'aria-label="a &amp; b"' in svg


def test_a_long_role_name_sits_above_its_row_inside_the_chart() -> None:
    name = "Data Governance Specialist"
    a = SalarySeries(name, "#00f", [100_000, 150_000], 110_000, 125_000, 140_000)
    svg = str(salary_chart([a], "s", NARROW))
    x = float(re.search(r'<text x="([\d.]+)"[^>]*class="label">' + name, svg).group(1))
    assert 0 < x < 40  # starts at the left edge, with the whole width of the chart for it


def test_responsive_draws_the_chart_for_both_widths() -> None:
    html = str(responsive(lambda width: trend_chart([("A", "#00f", [("w1", 3)])], "t", width)))
    assert f'viewBox="0 0 {WIDE} ' in html
    assert f'viewBox="0 0 {NARROW} ' in html
    assert html.index("chart-wide") < html.index("chart-narrow")


@pytest.mark.parametrize(
    ("values", "line"),
    [
        ([3, 4, 5], True),
        ([3, None, 5, 6], True),
        ([4, 5], False),  # two weeks: no line through two points, only the last as a dot
        ([4], False),
    ],
)
def test_sparkline_draws_a_line_from_three_weeks(values: list, line: bool) -> None:
    svg = str(sparkline(values, "s"))
    assert ("polyline" in svg) is line
    assert svg.count("<circle") == 1


def test_sparkline_shows_a_dash_with_no_data() -> None:
    assert "—" in str(sparkline([None, None], "s"))


def test_trend_chart_labels_first_and_last_week() -> None:
    weeks = [("2026-11-02", 4), ("2026-11-09", 3), ("2026-11-16", 5)]
    svg = str(trend_chart([("A", "#00f", weeks)], "t"))
    assert "2026-11-02" in svg
    assert "2026-11-16" in svg
    assert svg.count("<circle") == 3
    assert "polyline" in svg


def test_trend_chart_draws_no_line_through_two_weeks() -> None:
    svg = str(trend_chart([("A", "#00f", [("2026-11-09", 3), ("2026-11-16", 5)])], "t"))
    assert svg.count("<circle") == 2
    assert "polyline" not in svg


@pytest.mark.parametrize(
    ("key", "delta", "text"),
    [
        ("open_positions", 3, "+3 since last week"),
        ("open_positions", -12, "−12 since last week"),
        ("salary_median", -5_000.0, "−$5K since last week"),
        ("remote_pct", 2.06, "+2.1 pts since last week"),
        ("remote_pct", 0.0, "no change since last week"),
        ("share_of_tracked", -0.02, "−<0.1 pts since last week"),  # not "−0.0 pts"
        ("salary_mean", 120.0, "+<$1K since last week"),
        ("salary_median", None, ""),
    ],
)
def test_week_over_week_text(key: str, delta: float | None, text: str) -> None:
    assert change(key, delta) == text


def test_a_suppressed_salary_shows_a_dash_and_says_why() -> None:
    role = {
        "role": "A",
        "salary_median": None,
        "salary_n": 2,
        "open_positions": 8,
        "salary_suppressed_reason": "salary_n=2 below minimum 10",
        "week_over_week": {"salary_median": None},
    }
    fig = figure(role, "salary_median")
    assert (fig.display, fig.raw, fig.note) == ("—", "", "n=2")
    assert "25% coverage" in fig.tip
    assert "below minimum 10" in fig.tip


def test_the_median_tooltip_gives_coverage_and_its_confidence_interval() -> None:
    role = {
        "role": "A",
        "salary_median": 200_000.0,
        "salary_n": 40,
        "open_positions": 78,
        "salary_coverage_pct": 51.28,
        "salary_median_ci": [190_000.0, 215_000.0],
        "salary_median_ci_coverage_pct": 96.2,
        "week_over_week": {"salary_median": 0.0},
    }
    fig = figure(role, "salary_median")
    assert fig.display == "$200K"
    assert fig.raw == "200000.0"
    assert fig.tip == (
        "n=40 postings with disclosed pay of 78 open (51% coverage); median 96% CI $190K–$215K"
    )
    assert fig.wow == "no change since last week"
