"""The pair page's larger charts: salary distributions on one axis, open positions over weeks."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markupsafe import Markup

from jobwatch.reports.formatting import money
from jobwatch.reports.svg import MIN_TREND_WEEKS, svg, text

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

GOLDEN = 0.6180339887


@dataclass
class SalarySeries:
    """One role's per-posting ceilings and the table's quartiles (None when suppressed)."""

    name: str
    color: str
    ceilings: list[float]
    p25: float | None
    median: float | None
    p75: float | None


def nice_step(span: float, ticks: int = 5) -> float:
    """A 1/2/5 x 10^k step giving about `ticks` intervals over `span`."""
    raw = max(span, 1.0) / ticks
    base = 10.0 ** math.floor(math.log10(raw))
    return next(m * base for m in (1, 2, 5, 10) if m * base >= raw)


WIDE, NARROW = 640, 360  # chart widths in CSS px: desktop, and a 390 px phone (text stays ~11 px)


def _axis(lo: float, hi: float, left: int, span: int, y: int) -> tuple[str, float, float]:
    step = nice_step(hi - lo, 5 if span > 400 else 3)
    lo, hi = math.floor(lo / step) * step, math.ceil(hi / step) * step
    hi = hi if hi > lo else lo + step
    parts, tick = [], lo
    while tick <= hi + step / 2:
        x = left + span * (tick - lo) / (hi - lo)
        parts.append(f'<line x1="{x:.1f}" y1="8" x2="{x:.1f}" y2="{y}" class="grid"/>')
        parts.append(text(x, y + 14, money(tick), "middle", "tick"))
        tick += step
    return "".join(parts), lo, hi


def salary_chart(series: Sequence[SalarySeries], label: str, width: int = WIDE) -> Markup:
    """Each posting's ceiling as a dot, with the p25-p75 box and the median, both roles on one
    x axis so their ranges compare at a glance; a suppressed role shows why instead. Each role's
    name sits above its row, so a long name never pushes the plot off a narrow screen."""
    left, right, row_h = 28, 28, 64
    shown = [s for s in series if s.ceilings and s.median is not None]
    every = [v for s in shown for v in s.ceilings]
    height = len(series) * row_h + 34
    if not every:
        return svg(width, 40, label, text(10, 24, "No salary distribution to show."))
    span = width - left - right
    grid, lo, hi = _axis(min(every), max(every), left, span, height - 22)
    scale = span / (hi - lo)
    parts = [grid]
    for i, s in enumerate(series):
        top = 8 + i * row_h
        mid = top + 40
        parts.append(text(left, top + 13, s.name, cls="label"))
        if s not in shown:
            parts.append(text(left, mid + 4, "salary figures suppressed (n too small)"))
            continue
        for j, v in enumerate(s.ceilings):
            jitter = ((j * GOLDEN) % 1 - 0.5) * 20
            x = left + (v - lo) * scale
            parts.append(
                f'<circle cx="{x:.1f}" cy="{mid + jitter:.1f}" r="3" fill="{s.color}" '
                f'fill-opacity="0.45"/>'
            )
        x25, x50, x75 = (left + (q - lo) * scale for q in (s.p25 or 0, s.median or 0, s.p75 or 0))
        parts.append(
            f'<rect x="{x25:.1f}" y="{mid - 12:.1f}" width="{x75 - x25:.1f}" height="24" '
            f'fill="none" stroke="{s.color}" stroke-width="2"/>'
            f'<line x1="{x50:.1f}" y1="{mid - 15:.1f}" x2="{x50:.1f}" y2="{mid + 15:.1f}" '
            f'stroke="{s.color}" stroke-width="3"/>'
        )
    return svg(width, height, label, "".join(parts))


def trend_chart(
    series: Sequence[tuple[str, str, list[tuple[str, float | None]]]],
    label: str,
    width: int = WIDE,
) -> Markup:
    """Lines of (week, value) per role on shared axes, from MIN_TREND_WEEKS points on (the pages
    show fewer weeks as a table)."""
    height, left, right, bottom = 200, 44, 12, 30
    weeks = sorted({w for _, _, pts in series for w, _ in pts})
    values = [v for _, _, pts in series for _, v in pts if v is not None]
    if not weeks or not values:
        return svg(width, 40, label, text(10, 24, "No weekly history yet."))
    top = nice_step(max(values), 4) * math.ceil(max(values) / nice_step(max(values), 4)) or 1.0
    step_x = (width - left - right) / max(len(weeks) - 1, 1)
    plot_h = height - bottom - 10

    def xy(week: str, value: float) -> tuple[float, float]:
        return left + weeks.index(week) * step_x, 10 + plot_h * (1 - value / top)

    parts = []
    for frac in (0, 0.5, 1):
        y = 10 + plot_h * (1 - frac)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" class="grid"/>'
        )
        parts.append(text(left - 6, y + 4, f"{top * frac:,.0f}", "end", "tick"))
    parts.append(text(left, height - 8, weeks[0], "start", "tick"))
    if len(weeks) > 1:
        parts.append(text(width - right, height - 8, weeks[-1], "end", "tick"))
    for _name, color, pts in series:
        known = [xy(w, v) for w, v in pts if v is not None]
        if len(known) >= MIN_TREND_WEEKS:  # fewer points are dots: no line through two
            line = " ".join(f"{x:.1f},{y:.1f}" for x, y in known)
            parts.append(
                f'<polyline points="{line}" fill="none" stroke="{color}" stroke-width="2.5"/>'
            )
        parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{color}"/>' for x, y in known]
    return svg(width, height, label, "".join(parts))


def responsive(draw: Callable[[int], Markup]) -> Markup:
    """The chart drawn twice, for a wide and a narrow screen (CSS shows one): an SVG scales its
    text with its width, so one drawing cannot be readable on a desktop and on a phone."""
    return Markup(
        f'<div class="chart-wide">{draw(WIDE)}</div><div class="chart-narrow">{draw(NARROW)}</div>'
    )
