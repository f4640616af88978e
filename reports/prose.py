"""Sentences for the pages, generated from the figures so they can never contradict them."""

from __future__ import annotations

from typing import Any

from jobwatch.reports.formatting import money, pct
from jobwatch.warehouse.build import MIN_TITLE_N


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
        f"{name} holds {role['open_positions']:,} of the {role['tracked_total']:,} open "
        f"positions we track ({pct(role['share_of_tracked'])}, rank {rank} of {total} roles): "
        f"{size_words(rank, total, role['share_of_tracked'])}."
    )


def salary_sentences(na: str, a: dict[str, Any], nb: str, b: dict[str, Any]) -> list[str]:
    """The pay figures in words (mean ceiling, median, 75th percentile, their n); nothing when
    either role's salary figures are suppressed."""
    if a["salary_mean"] is None or b["salary_mean"] is None:
        return []
    gap = abs(a["salary_mean"] - b["salary_mean"])
    if money(gap) == money(0):
        first = f"The mean salary ceilings of {na} and {nb} round to the same figure."
    else:
        hi, lo = (na, nb) if a["salary_mean"] > b["salary_mean"] else (nb, na)
        first = f"The mean salary ceiling of {hi} is {money(gap)} above that of {lo}."
    return [
        first,
        f"Medians: {money(a['salary_median'])} for {na}, {money(b['salary_median'])} for {nb}; "
        f"75th percentiles: {money(a['salary_p75'])} and {money(b['salary_p75'])}.",
        f"Pay figures come from the {a['salary_n']:,} {na} and {b['salary_n']:,} {nb} postings "
        f"that state a salary.",
    ]


def remote_sentence(na: str, a: dict[str, Any], nb: str, b: dict[str, Any]) -> str:
    if a["remote_pct"] is None or b["remote_pct"] is None:
        return "Remote share is unknown for a role with no open positions."
    return (
        f"Fully remote: {a['remote_n']} of {a['open_positions']} {na} positions "
        f"({pct(a['remote_pct'])}) and {b['remote_n']} of {b['open_positions']} {nb} positions "
        f"({pct(b['remote_pct'])}); hybrid positions count as not remote."
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
    remote = f"; {role['remote_n']} are fully remote" if role.get("remote_n") else ""
    if not metros:
        return f"No {name} posting names a metro this week{remote}."
    listed = ", ".join(f"{m} ({n})" for m, n in metros)
    return f"Where {name} is hiring most: {listed}{remote}."


def titles_sentence(name: str, role: dict[str, Any], min_n: int | None) -> str:
    """The career path the postings show: the top senior title with its count, or why none."""
    floor = min_n if min_n is not None else MIN_TITLE_N  # the warehouse states its own
    titles = role.get("senior_titles") or []
    if not titles:
        return (
            f"No title naming a level beyond senior (staff, principal, lead, head, director, VP) "
            f"is carried by at least {floor} of the {role['open_positions']:,} open {name} "
            "positions."
        )
    top, n = titles[0]
    return (
        f"Among the {role['open_positions']:,} open {name} positions, the most frequent title "
        f"beyond senior is {top} ({n} posting{'s' if n != 1 else ''}); titles carried by fewer "
        f"than {floor} postings are not listed."
    )
