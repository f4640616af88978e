"""The pair page's larger charts: salary distributions on one axis, open positions over weeks."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jobwatch.reports.formatting import money
from jobwatch.reports.svg import svg, text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markupsafe import Markup

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


def _axis(lo: float, hi: float, left: int, span: int, y: int) -> tuple[str, float, float]:
    step = nice_step(hi - lo)
    lo, hi = math.floor(lo / step) * step, math.ceil(hi / step) * step
    hi = hi if hi > lo else lo + step
    parts, tick = [], lo
    while tick <= hi + step / 2:
        x = left + span * (tick - lo) / (hi - lo)
        parts.append(f'<line x1="{x:.1f}" y1="8" x2="{x:.1f}" y2="{y}" class="grid"/>')
        parts.append(text(x, y + 14, money(tick), "middle", "tick"))
        tick += step
    return "".join(parts), lo, hi


def salary_chart(series: Sequence[SalarySeries], label: str) -> Markup:
    """Each posting's ceiling as a dot, with the p25-p75 box and the median, both roles on one
    x axis so their ranges compare at a glance; a suppressed role shows why instead."""
    width, left, row_h = 640, 150, 56
    shown = [s for s in series if s.ceilings and s.median is not None]
    every = [v for s in shown for v in s.ceilings]
    height = len(series) * row_h + 30
    if not every:
        return svg(width, 40, label, text(10, 24, "No salary distribution to show."))
    grid, lo, hi = _axis(min(every), max(every), left, width - left - 20, height - 22)
    scale = (width - left - 20) / (hi - lo)
    parts = [grid]
    for i, s in enumerate(series):
        mid = 8 + i * row_h + row_h / 2
        parts.append(text(left - 8, mid + 4, s.name, "end"))
        if s not in shown:
            parts.append(text(left + 6, mid + 4, "salary figures suppressed (n too small)"))
            continue
        for j, v in enumerate(s.ceilings):
            jitter = ((j * GOLDEN) % 1 - 0.5) * (row_h - 20)
            x = left + (v - lo) * scale
            parts.append(
                f'<circle cx="{x:.1f}" cy="{mid + jitter:.1f}" r="3" fill="{s.color}" '
                f'fill-opacity="0.45"/>'
            )
        x25, x50, x75 = (left + (q - lo) * scale for q in (s.p25 or 0, s.median or 0, s.p75 or 0))
        parts.append(
            f'<rect x="{x25:.1f}" y="{mid - 14:.1f}" width="{x75 - x25:.1f}" height="28" '
            f'fill="none" stroke="{s.color}" stroke-width="2"/>'
            f'<line x1="{x50:.1f}" y1="{mid - 18:.1f}" x2="{x50:.1f}" y2="{mid + 18:.1f}" '
            f'stroke="{s.color}" stroke-width="3"/>'
        )
    return svg(width, height, label, "".join(parts))


def trend_chart(
    series: Sequence[tuple[str, str, list[tuple[str, float | None]]]], label: str
) -> str:
    """Lines of (week, value) per role on shared axes; a single week shows as dots."""
    width, height, left, bottom = 640, 200, 50, 30
    weeks = sorted({w for _, _, pts in series for w, _ in pts})
    values = [v for _, _, pts in series for _, v in pts if v is not None]
    if not weeks or not values:
        return svg(width, 40, label, text(10, 24, "No weekly history yet."))
    top = nice_step(max(values), 4) * math.ceil(max(values) / nice_step(max(values), 4)) or 1.0
    step_x = (width - left - 20) / max(len(weeks) - 1, 1)
    plot_h = height - bottom - 10

    def xy(week: str, value: float) -> tuple[float, float]:
        return left + weeks.index(week) * step_x, 10 + plot_h * (1 - value / top)

    parts = []
    for frac in (0, 0.5, 1):
        y = 10 + plot_h * (1 - frac)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 20}" y2="{y:.1f}" class="grid"/>'
        )
        parts.append(text(left - 6, y + 4, f"{top * frac:,.0f}", "end", "tick"))
    parts.append(text(left, height - 8, weeks[0], "start", "tick"))
    if len(weeks) > 1:
        parts.append(text(width - 20, height - 8, weeks[-1], "end", "tick"))
    for _name, color, pts in series:
        known = [xy(w, v) for w, v in pts if v is not None]
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in known)
        parts.append(f'<polyline points="{line}" fill="none" stroke="{color}" stroke-width="2.5"/>')
        parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{color}"/>' for x, y in known]
    return svg(width, height, label, "".join(parts))
