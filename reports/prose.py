"""Sentences for the pages, generated from the figures so they can never contradict them."""

from __future__ import annotations

from typing import Any

from jobwatch.reports.formatting import money, pct


def rank_of(role: str, roles: list[dict[str, Any]]) -> int:
    """Competition rank by open positions: 1 + the number of roles with strictly more."""
    mine = next(r["open_positions"] for r in roles if r["role"] == role)
    return 1 + sum(1 for r in roles if r["open_positions"] > mine)


def size_words(rank: int, total: int, share: float | None) -> str:
    """Rank words backed by both the rank and the share: a 2% role is never 'among the most'."""
    share = share or 0.0
    if total <= 1:
        return "the only role tracked this week"
    if rank == 1 and share > 0:
        return "the most numerous role we track"
    if rank == total:
        return "the least numerous role we track"
    if rank <= max(2, total // 4) and share >= 10:
        return "among the most numerous roles we track"
    if rank > total - max(1, total // 3) or share < 5:
        return "one of the smaller roles we track"
    return "a mid-sized role among those we track"


def share_sentence(name: str, role: dict[str, Any], roles: list[dict[str, Any]]) -> str:
    rank, total = rank_of(name, roles), len(roles)
    return (
        f"{name} makes up {pct(role['share_of_tracked'])} of the {role['tracked_total']:,} open "
        f"positions we track ({role['open_positions']:,} positions, rank {rank} of {total} roles): "
        f"{size_words(rank, total, role['share_of_tracked'])}."
    )


def salary_sentences(na: str, a: dict[str, Any], nb: str, b: dict[str, Any]) -> list[str]:
    """Gap of mean ceilings, medians, 75th percentiles; nothing when either is suppressed."""
    if a["salary_mean"] is None or b["salary_mean"] is None:
        return []
    gap = a["salary_mean"] - b["salary_mean"]
    if money(abs(gap)) == money(0):
        first = f"{na} and {nb} have practically the same average salary ceiling."
    else:
        hi, lo = (na, nb) if gap > 0 else (nb, na)
        first = f"{hi} commands a {money(abs(gap))} higher average salary ceiling than {lo}."
    return [
        first,
        f"Median salaries: {na} sits at {money(a['salary_median'])} while {nb} comes in at "
        f"{money(b['salary_median'])}.",
        f"At the 75th percentile, {na} reaches {money(a['salary_p75'])} and {nb} reaches "
        f"{money(b['salary_p75'])}.",
        f"Based on {a['salary_n']:,} and {b['salary_n']:,} postings with disclosed "
        f"compensation, respectively.",
    ]


def remote_sentence(na: str, a: dict[str, Any], nb: str, b: dict[str, Any]) -> str:
    if a["remote_pct"] is None or b["remote_pct"] is None:
        return "Remote share is unknown for a role with no open positions."
    same = pct(a["remote_pct"]) == pct(b["remote_pct"])
    verb = "is the same" if same else "differs"
    return (
        f"Remote work availability {verb}: {pct(a['remote_pct'])} of {na} positions are fully "
        f"remote ({a['remote_n']} of {a['open_positions']}) vs {pct(b['remote_pct'])} for {nb} "
        f"({b['remote_n']} of {b['open_positions']}). Hybrid positions are not counted as remote."
    )


def seniority_sentence(name: str, role: dict[str, Any]) -> str:
    mix = role["experience_mix"]
    if not role["seniority_n"]:
        return f"No {name} posting states a seniority this week."
    lean = max(("entry", "mid", "senior"), key=lambda k: mix[k] or 0)
    return (
        f"{name} is {pct(mix['senior'])} senior, {pct(mix['mid'])} mid and {pct(mix['entry'])} "
        f"entry-level (of {role['seniority_n']} postings with a known seniority); it leans {lean}."
    )


def metros_sentence(name: str, role: dict[str, Any], limit: int = 3) -> str:
    metros = role["top_metros"][:limit]
    if not metros:
        return f"No {name} posting names a place this week."
    listed = ", ".join(f"{m} ({n})" for m, n in metros)
    return f"Top hiring metros for {name}: {listed}."


def switching_sentence(shared: list[str], overlap: float, target: str, missing: list[str]) -> str:
    """How hard a move is, worded from the overlap of the top-8 skills."""
    n = len(shared)
    if n == 0:
        return "The two roles share none of their top skills: switching means learning a new stack."
    feasibility = (
        "transitioning between these roles is feasible with targeted upskilling"
        if overlap >= 50
        else "a switch takes real retraining"
    )
    learn = f" Moving to {target} means adding {', '.join(missing)}." if missing else ""
    plural = "s" if n != 1 else ""
    return (
        f"With {n} overlapping skill{plural} ({overlap:.0f}% of top skills), {feasibility}.{learn}"
    )
