"""Inline SVG primitives (no scripts, no external resources); every text is escaped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from collections.abc import Sequence

COLORS = ("#2563eb", "#d97706")  # role A, role B: the same everywhere on a page
MIX_SHADES = {"senior": "#1e3a8a", "mid": "#3b82f6", "entry": "#93c5fd"}


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
    """A small line of the known values; a single point is a dot; nothing known is a dash."""
    known = [(i, v) for i, v in enumerate(values) if v is not None]
    if not known:
        return svg(width, height, label, text(width / 2, height / 2 + 4, "—", "middle"))
    top = max(v for _, v in known) or 1.0
    step = (width - 8) / max(len(values) - 1, 1)
    pts = [(4 + i * step, height - 4 - (height - 8) * v / top) for i, v in known]
    body = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" class="dot"/>' for x, y in pts[-1:])
    if len(pts) > 1:
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        body = f'<polyline points="{line}" class="spark"/>' + body
    return svg(width, height, label, body)


def hbars(
    rows: Sequence[tuple[str, float | None, str]], label: str, color: str, width: int = 360
) -> Markup:
    """Horizontal bars for shares 0-100: (label, value, note shown after the bar)."""
    row_h, left, right = 22, 130, 70
    span = width - left - right
    parts = []
    for i, (name, value, note) in enumerate(rows):
        y = i * row_h + 4
        size = span * (value or 0) / 100
        parts.append(text(left - 6, y + 13, name, "end"))
        parts.append(
            f'<rect x="{left}" y="{y}" width="{size:.1f}" height="{row_h - 8}" fill="{color}"/>'
        )
        parts.append(text(left + size + 4, y + 13, note))
    return svg(width, len(rows) * row_h + 8, label, "".join(parts))


def mix_bars(rows: Sequence[tuple[str, dict[str, float | None], int]], label: str) -> Markup:
    """One 100% stacked bar per role (senior, mid, entry shares of postings with a seniority),
    the role's name above its bar so long names never clip on narrow screens."""
    width, row_h = 720, 50
    parts = []
    for i, (name, mix, n) in enumerate(rows):
        y, x = i * row_h + 4, 0.0
        parts.append(text(0, y + 12, f"{name} (n={n})"))
        for level in ("senior", "mid", "entry"):
            share = mix.get(level) or 0.0
            size = width * share / 100
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 18}" width="{size:.1f}" height="24" '
                f'fill="{MIX_SHADES[level]}"><title>{level} {share:.0f}%</title></rect>'
            )
            if size > 70:
                parts.append(text(x + size / 2, y + 35, f"{level} {share:.0f}%", "middle", "on"))
            x += size
    legend_y = len(rows) * row_h + 14
    for j, level in enumerate(("senior", "mid", "entry")):
        parts.append(
            f'<rect x="{j * 110}" y="{legend_y - 10}" width="12" height="12" '
            f'fill="{MIX_SHADES[level]}"/>'
        )
        parts.append(text(j * 110 + 16, legend_y, level))
    return svg(width, legend_y + 6, label, "".join(parts))
