"""parse_salary: the structured figures first, else a pay field, else the description; annualized
and in USD at the rate of the posting's week, with the matched text as evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jobwatch.pipeline.salary.choose import Choice, choose
from jobwatch.pipeline.salary.fx import usd_per_unit, week_start
from jobwatch.pipeline.salary.scan import NO_CURRENCY, NO_FIGURE, NOT_BASE, prepare, scan
from jobwatch.pipeline.salary.structured import INVALID, InvalidSalary, from_structured

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from jobwatch.pipeline.salary.amount import TextSalary

MIN_ANNUAL_USD, MAX_ANNUAL_USD = 10_000.0, 2_000_000.0
ABSURD = "salary_absurd"  # reasons a caller counts and quarantines
NO_FX = "salary_no_fx_rate"  # figures kept, USD left empty: the ECB publishes no rate for it
# Annualization defaults (documented parameters): 2,080 paid hours, 260 days, 52 weeks a year.
HOURS_PER_YEAR, DAYS_PER_YEAR, WEEKS_PER_YEAR = 2080.0, 260.0, 52.0


@dataclass(frozen=True)
class SalaryResult:
    min: float | None
    max: float | None
    currency: str | None
    period: str | None  # hour | day | week | month | year
    min_usd: float | None  # annualized
    max_usd: float | None
    source: str  # structured | text
    text: str | None  # the matched span(s)
    annual_min: float | None = None  # annualized, in the original currency
    annual_max: float | None = None
    evidence: str | None = None  # what was read and why this one ("full span of 2 ranges: ...")


@dataclass(frozen=True)
class SalaryIssue:
    reason: str  # ABSURD | INVALID | NO_FX
    detail: str  # quotes the value and what became of it


@dataclass(frozen=True)
class SalaryParse:
    result: SalaryResult | None
    issues: tuple[SalaryIssue, ...] = ()
    reason: str | None = None  # with explain=True and no result: why (NO_FIGURE, NOT_BASE, ...)


@dataclass(frozen=True)
class Annualization:
    """How many hours, days and weeks make a paid year (a convention, so a parameter)."""

    hours: float = HOURS_PER_YEAR
    days: float = DAYS_PER_YEAR
    weeks: float = WEEKS_PER_YEAR

    def factor(self, period: str) -> float:
        return {"hour": self.hours, "day": self.days, "week": self.weeks, "month": 12.0}.get(
            period, 1.0
        )


@dataclass
class _Context:
    year: Annualization
    monday: dt.date
    places: Sequence[str]
    country: Sequence[str]
    issues: list[SalaryIssue] = field(default_factory=list)


def _infer_period(found: TextSalary) -> str | None:
    top = max(v for v in (found.min, found.max) if v is not None)
    return "year" if top >= 10_000 else "hour" if top <= 300 else None


def _result(found: TextSalary, source: str, ctx: _Context) -> SalaryResult | None:
    period = found.period or _infer_period(found)
    if period is None:
        return None
    low, high = found.min, found.max
    if period == "biweekly":  # stored as weekly figures: the schema has no biweekly period
        low, high = (v / 2 if v is not None else None for v in (low, high))
        period = "week"
    factor = ctx.year.factor(period)
    rate = usd_per_unit(found.currency, ctx.monday) if found.currency else None

    def annual(value: float | None) -> float | None:
        return round(value * factor, 2) if value is not None else None

    def usd(value: float | None) -> float | None:
        return round(value * factor * rate, 2) if value is not None and rate else None

    figures = (usd(low), usd(high), source, found.text or None, annual(low), annual(high))
    return SalaryResult(low, high, found.currency, period, *figures)


def _absurd(result: SalaryResult) -> bool:
    values = [v for v in (result.min_usd, result.max_usd) if v is not None]
    return any(v < MIN_ANNUAL_USD or v > MAX_ANNUAL_USD for v in values)


def _absurd_issue(result: SalaryResult) -> SalaryIssue:
    shown = result.text or f"{result.min}-{result.max} {result.currency} per {result.period}"
    value = result.max_usd if result.max_usd is not None else result.min_usd
    return SalaryIssue(ABSURD, f"salary dropped: '{shown}' = {value:,.0f} USD a year")


def _with_evidence(result: SalaryResult, evidence: str, ctx: _Context) -> SalaryResult:
    if result.currency and result.min_usd is None and result.max_usd is None:
        detail = f"{result.currency} has no ECB rate for the week of {ctx.monday}: figures kept"
        ctx.issues.append(SalaryIssue(NO_FX, f"{detail}, USD left empty ('{result.text}')"))
    return SalaryResult(**{**result.__dict__, "evidence": evidence})


def _from_structured(data: dict[str, Any], home: str | None, ctx: _Context) -> SalaryResult | None:
    try:
        found = from_structured(data, home)
    except InvalidSalary as error:
        ctx.issues.append(SalaryIssue(INVALID, f"structured salary refused: {error}"))
        return None
    result = None if found is None else _result(found, "structured", ctx)
    if result is not None and _absurd(result):
        ctx.issues.append(_absurd_issue(result))
        return None
    return result and _with_evidence(result, "structured pay fields", ctx)


def _from_text(
    candidates: list[TextSalary], text: str, ctx: _Context, pay_field: bool
) -> SalaryResult | None:
    """The chosen salary among the plausible candidates; an absurd one is an issue when it is
    pay-cued or in a pay field (an uncued figure in a description is just not pay)."""
    plausible: list[tuple[TextSalary, SalaryResult]] = []
    absurd: list[tuple[TextSalary, SalaryResult]] = []
    for found in candidates:
        result = _result(found, "text", ctx)
        if result is not None:
            (absurd if _absurd(result) else plausible).append((found, result))
    if not plausible:
        cued = [r for f, r in absurd if f.cue or pay_field]
        ctx.issues.extend(_absurd_issue(r) for r in cued[:1])
        return None
    picked: Choice = choose(text, [f for f, _ in plausible], ctx.places, ctx.country)
    result = _result(picked.salary, "text", ctx)
    return result and _with_evidence(result, picked.evidence, ctx)


def parse_salary(
    structured: dict[str, Any] | None,
    text: str | None,
    *,
    field: str | None = None,
    default_currency: str | None = None,
    home_currency: str | None = None,
    places: Sequence[str] = (),
    country: Sequence[str] = (),
    seen: dt.date | None = None,
    year: Annualization | None = None,
    lowered: str | None = None,
    explain: bool = False,
) -> SalaryParse:
    """Base pay from a source's structured fields, else its pay `field` (where a bare figure is
    pay, in `default_currency` or the posting's `home_currency`), else the description `text`.

    `places` (city, metro, region), else `country` (its names), pick the range tied to the
    posting's place when a text states several; `seen` (the posting's crawl date) picks the
    week's exchange rate; `lowered` is text.lower() when the caller has it; `explain` fills
    `reason` when nothing is found.
    """
    ctx = _Context(year or Annualization(), week_start(seen), places, country)
    result = _from_structured(structured, home_currency, ctx) if structured else None
    reasons: set[str] = set()
    for body, default in ((field, default_currency or home_currency), (text, None)):
        if result is not None or not body:
            continue
        prepared = prepare(body, lowered if body is text else None)
        found = scan(prepared, default, home_currency, reasons if explain else None)
        result = _from_text(found, prepared, ctx, pay_field=body is field)
    reason = None
    if result is None and explain:
        order = (ABSURD, INVALID, NOT_BASE, NO_CURRENCY)
        known = {i.reason for i in ctx.issues} | reasons
        reason = next((r for r in order if r in known), NO_FIGURE)
    return SalaryParse(result, tuple(ctx.issues), reason)
