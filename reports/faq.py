"""The pair page's FAQ: each answer one sentence built from the figures on the page, with the
noise rule of reports/noise.py deciding whether a difference is called at all."""

from __future__ import annotations

from typing import Any

from jobwatch.reports import noise
from jobwatch.reports.formatting import money, pct


def _ci(role: dict[str, Any]) -> str:
    ci = role.get("salary_median_ci")
    return f"95% CI {money(ci[0])}–{money(ci[1])}, " if ci and None not in ci else ""


def _median(name: str, role: dict[str, Any]) -> str:
    return f"{money(role['salary_median'])} for {name} ({_ci(role)}n={role['salary_n']})"


def pay_answer(na: str, a: dict[str, Any], nb: str, b: dict[str, Any]) -> str:
    if a["salary_median"] is None or b["salary_median"] is None:
        few = [n for n, r in ((na, a), (nb, b)) if r["salary_median"] is None]
        return (
            f"The postings cannot say: too few {' and '.join(few)} postings state a salary "
            "for the salary figures to be shown."
        )
    (hi_name, hi), (lo_name, lo) = sorted(
        ((na, a), (nb, b)), key=lambda item: item[1]["salary_median"], reverse=True
    )
    both = f"median salary ceilings of {_median(hi_name, hi)} and {_median(lo_name, lo)}"
    differ = noise.medians_differ(a, b)
    if differ is None:
        return f"Neither can be called: the {both} rest on too few salaries for an interval."
    if not differ:
        return f"Neither clearly: the {both} lie inside each other's 95% confidence intervals."
    return f"{hi_name}, beyond the noise: {both}, intervals that do not overlap."


def overlap_answer(na: str, nb: str, shared: list[str]) -> str:
    if not shared:
        return f"No: none of the 8 most frequent skills of {na} is among those of {nb}."
    return (
        f"Yes: {len(shared)} of the 8 most frequent skills are the same for both roles "
        f"({', '.join(shared)})."
    )


def remote_answer(na: str, a: dict[str, Any], nb: str, b: dict[str, Any]) -> str:
    if a["remote_pct"] is None or b["remote_pct"] is None:
        return "The postings cannot say: a role with no open positions has no remote share."
    shares = (
        f"{pct(a['remote_pct'])} of {na} positions ({a['remote_n']} of {a['open_positions']}) "
        f"and {pct(b['remote_pct'])} of {nb} positions ({b['remote_n']} of "
        f"{b['open_positions']}) are fully remote"
    )
    if not noise.remote_differs(a, b):
        return f"Neither clearly: {shares}, a gap inside the noise."
    hi = na if a["remote_pct"] > b["remote_pct"] else nb
    return f"{hi}: {shares}, a gap beyond the noise."


def transfer_answer(
    na: str, a: dict[str, Any], nb: str, b: dict[str, Any], shared: list[str]
) -> str:
    """What the top-8 lists say about a move: the skills both ask for, and what each adds."""
    both = (
        f"{', '.join(shared)} rank among the 8 most frequent skills of both roles"
        if shared
        else "No skill ranks among the 8 most frequent of both roles"
    )
    to_b = ", ".join(b["unique_skills"]) or "no skill outside the shared ones"
    to_a = ", ".join(a["unique_skills"]) or "no skill outside the shared ones"
    return f"{both}; {nb}'s list adds {to_b}, and {na}'s adds {to_a}."


def faq(result: dict[str, Any]) -> list[tuple[str, str]]:
    """(question, answer) pairs for a `compare` result."""
    (na, a), (nb, b) = result["roles"].items()
    shared = result["shared_skills"]
    return [
        (f"Which pays more, {na} or {nb}?", pay_answer(na, a, nb, b)),
        (f"Do {na} and {nb} ask for the same skills?", overlap_answer(na, nb, shared)),
        ("Which role is more often remote?", remote_answer(na, a, nb, b)),
        (
            "Which skills carry over from one role to the other?",
            transfer_answer(na, a, nb, b, shared),
        ),
    ]
