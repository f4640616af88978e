"""Base salary of a posting: parse_salary, the one entry point (structured fields, a pay field,
the description), annualized and converted to USD at its week's rate."""

from jobwatch.pipeline.salary.parse import (
    ABSURD,
    NO_FX,
    Annualization,
    SalaryIssue,
    SalaryParse,
    SalaryResult,
    parse_salary,
)
from jobwatch.pipeline.salary.scan import NO_CURRENCY, NO_FIGURE, NOT_BASE
from jobwatch.pipeline.salary.structured import INVALID

__all__ = [
    "ABSURD",
    "INVALID",
    "NOT_BASE",
    "NO_CURRENCY",
    "NO_FIGURE",
    "NO_FX",
    "Annualization",
    "SalaryIssue",
    "SalaryParse",
    "SalaryResult",
    "parse_salary",
]
