"""When a difference between two roles is inside the noise: the rules the verdict and the FAQ use.

Pay: the two medians differ when their 95% confidence intervals (the warehouse's, distribution-free)
do not overlap; without an interval (fewer than 6 salaries) no difference is called. Shares (remote
%): the 95% interval of the difference of two proportions (Newcombe's method from Wilson score
intervals, right for small counts) excludes zero. Both are conservative: a difference called is
one this week's postings show clearly.
"""

from __future__ import annotations

import math
from statistics import NormalDist
from typing import Any

Z95 = NormalDist().inv_cdf(0.975)
RULE = (
    "A difference is called only when it is outside the noise: two median salaries when their 95% "
    "confidence intervals do not overlap (no interval, with fewer than 6 salaries, means no call), "
    "two shares such as remote % when the 95% interval of their difference (Newcombe's method) "
    'excludes zero. Otherwise the page says "about the same".'
)


def wilson(x: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of the proportion x/n (0..1)."""
    if n <= 0:
        return 0.0, 1.0
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def shares_differ(x1: int, n1: int, x2: int, n2: int) -> bool:
    """Whether x1/n1 and x2/n2 differ beyond the noise (Newcombe's hybrid score interval)."""
    if n1 <= 0 or n2 <= 0:
        return False
    p1, p2 = x1 / n1, x2 / n2
    (l1, u1), (l2, u2) = wilson(x1, n1), wilson(x2, n2)
    low = p1 - p2 - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = p1 - p2 + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return low > 0 or high < 0


def medians_differ(a: dict[str, Any], b: dict[str, Any]) -> bool | None:
    """True/False when both medians have a confidence interval, None when either has none."""
    ca, cb = a.get("salary_median_ci"), b.get("salary_median_ci")
    if not ca or not cb or None in (*ca, *cb):
        return None
    return bool(ca[1] < cb[0] or cb[1] < ca[0])


def remote_differs(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return shares_differ(a["remote_n"], a["open_positions"], b["remote_n"], b["open_positions"])
