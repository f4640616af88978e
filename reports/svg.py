"""Inline SVG primitives (no scripts, no external resources); every text is escaped. Bars are
HTML (templates/macros.html): their labels wrap and keep their size on any screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from collections.abc import Sequence

COLORS = ("#2563eb", "#d97706")  # role A, role B: the same everywhere on a page
MIN_TREND_WEEKS = 3  # a line through two points is not a trend: fewer weeks show as numbers


def svg(width: int, height: int, label: str, body: str) -> Markup:
    """A scalable chart: viewBox sizing so it shrinks on phones; the label is for screen readers."""
    return Markup(
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(label)}</title>{body}</svg>"
    )


def text(x: float, y: float, content: object, anchor: str = "start", cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}"{klass}>{escape(str(content))}</text>'
    )


def sparkline(
    values: Sequence[float | None], label: str, width: int = 120, height: int = 28
) -> Markup:
    """A small line of the known values from MIN_TREND_WEEKS of them, else the last one as a dot;
    nothing known is a dash."""
    known = [(i, v) for i, v in enumerate(values) if v is not None]
    if not known:
        return svg(width, height, label, text(width / 2, height / 2 + 4, "—", "middle"))
    top = max(v for _, v in known) or 1.0
    step = (width - 8) / max(len(values) - 1, 1)
    pts = [(4 + i * step, height - 4 - (height - 8) * v / top) for i, v in known]
    body = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" class="dot"/>' for x, y in pts[-1:])
    if len(pts) >= MIN_TREND_WEEKS:
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        body = f'<polyline points="{line}" class="spark"/>' + body
    return svg(width, height, label, body)
