"""Hand-made lakes shared by the warehouse tests, with the outcomes worked out by hand."""

from __future__ import annotations

from pathlib import Path

from tests.warehouse.lakefix import W1, W2, W3, W4, posting, write_crawl

P = posting


def history(home: Path) -> None:
    """Four weeks, three boards: a failed crawl, a partial crawl, a close, a cross-source cluster.

    acme (greenhouse): W1 ok a1 a2 a3 | W2 failed | W3 ok a1 a3 a4 | W4 partial a4 a5
    beta (greenhouse): W1 ok b1       | W2 ok b1  | W3 ok b1       | W4 ok (empty)
    gamma (lever):                      W2 ok g1 g2 | W3 ok g1 g2  | W4 failed
    g1 is the same job as a1 (one cluster).
    """
    a1 = P("a1", cluster_id="job-1", role="AI/ML Engineer")
    g1 = P("g1", cluster_id="job-1", role="AI/ML Engineer")
    a2, a3, a4, a5 = (P(i, role="AI/ML Engineer") for i in ("a2", "a3", "a4", "a5"))
    b1, g2 = P("b1", role="MLOps Engineer"), P("g2", role="MLOps Engineer")
    write_crawl(home, "greenhouse", W1, {"acme": ("ok", [a1, a2, a3]), "beta": ("ok", [b1])})
    write_crawl(home, "greenhouse", W2, {"acme": ("failed", []), "beta": ("ok", [b1])})
    write_crawl(home, "lever", W2, {"gamma": ("ok", [g1, g2])})
    write_crawl(home, "greenhouse", W3, {"acme": ("ok", [a1, a3, a4]), "beta": ("ok", [b1])})
    write_crawl(home, "lever", W3, {"gamma": ("ok", [g1, g2])})
    write_crawl(home, "greenhouse", W4, {"acme": ("partial", [a4, a5]), "beta": ("ok", [])})
    write_crawl(home, "lever", W4, {"gamma": ("failed", [])})


# posting ids open per week in `history`, written out by hand from the rules
HISTORY_OPEN = {
    W1: {"a1", "a2", "a3", "b1"},
    W2: {"a1", "a2", "a3", "b1", "g1", "g2"},  # acme failed: W1 carries forward
    W3: {"a1", "a3", "a4", "b1", "g1", "g2"},  # a2 gone from an ok crawl: closed
    W4: {"a1", "a3", "a4", "a5", "g1", "g2"},  # partial adds a5, closes nothing; beta empty ok
}
HISTORY_CLOSED = {"a2": W3, "b1": W4}
