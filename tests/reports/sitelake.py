"""A hand-made two-week lake for the site tests: seven roles, hostile company names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobwatch.warehouse.build import build
from tests.warehouse.lakefix import VERSION, W1, W2, posting, write_crawl

if TYPE_CHECKING:
    from pathlib import Path

HOSTILE = "<script>alert(1)</script>"
AMP_CO = 'O\'Reilly & "Sons" <b>Labs</b>'
MIN_SALARY_N = 3
# role -> (taxonomy id, open postings in W1, in W2, skills in order of frequency)
ROLES: dict[str, tuple[str, int, int, list[str]]] = {
    "AI/ML Engineer": ("ai_ml_engineer", 14, 16, ["Python", "PyTorch", "AWS", "RAG", "Docker"]),
    "AI Software Engineer": ("ai_software_engineer", 8, 10, ["Python", "TypeScript", "RAG"]),
    "MLOps Engineer": ("mlops_engineer", 6, 7, ["Kubernetes", "Python", "Terraform"]),
    "Data Scientist": ("data_scientist", 5, 6, ["Python", "SQL", "A/B Testing"]),
    "Data Engineer": ("data_engineer", 4, 5, ["SQL", "Airflow", "Python"]),
    "Data Analyst": ("data_analyst", 3, 4, ["SQL", "Excel"]),
    "Prompt Engineer": ("prompt_engineer", 1, 1, ["OpenAI", "Prompt Engineering", "Excel"]),
}
COMPANIES = [HOSTILE, "Acme AI", AMP_CO, "Globex"]
METROS = ["San Francisco", "New York", None, "Austin & Round Rock"]
SENIORITY = ["senior", "mid", "senior", "entry", None]
MODES = ["remote", "onsite", "hybrid", "onsite"]
# title patterns, cycled: "Staff R" twice per six postings (once with a team after "("), one
# "Principal R - place", one "Lead R", two plain titles
TITLES = ["Staff {}", "{}, Platform", "Principal {} - Remote", "{}", "Staff {} (Infra)", "Lead {}"]


def _spec(role: str, i: int, week_shift: int) -> dict[str, Any]:
    role_id, _, _, skills = ROLES[role]
    base = 90_000 + 15_000 * list(ROLES).index(role) + 7_000 * i + 1_000 * week_shift
    salary = {} if i % 5 == 4 else {"salary_min_usd": float(base), "salary_max_usd": base * 1.4}
    return posting(
        f"{role_id}-{i}",
        title=TITLES[i % len(TITLES)].format(role),
        role=role,
        role_id=role_id,
        company=COMPANIES[i % len(COMPANIES)],
        metro=METROS[i % len(METROS)],
        seniority=SENIORITY[i % len(SENIORITY)],
        work_mode=MODES[i % len(MODES)],
        skills=skills[: 1 + (i % len(skills))] if i else skills,
        **salary,
    )


def site_lake(home: Path) -> Path:
    """Write both weeks and build the warehouse (salary figures shown from n=3)."""
    for shift, week in enumerate((W1, W2)):
        specs = [_spec(r, i, shift) for r, v in ROLES.items() for i in range(v[1 + shift])]
        write_crawl(home, "greenhouse", week, {"acme": ("ok", specs)})
    build(home, taxonomy=VERSION, min_salary_n=MIN_SALARY_N)
    return home
