"""Hand-made lakes shared by the warehouse tests, with the outcomes worked out by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.warehouse.lakefix import W1, W2, W3, W4, posting, write_crawl

if TYPE_CHECKING:
    from pathlib import Path

P = posting


def history(home: Path) -> None:
    """Four weeks, three boards: a failed crawl, a partial crawl, a close, a cross-source cluster.

    acme (greenhouse): W1 ok a1 a2 a3 | W2 failed | W3 ok a1 a3 a4 | W4 partial a4 a5
    beta (greenhouse): W1 ok b1       | W2 ok b1  | W3 ok b1       | W4 ok (empty: a sudden drop)
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
    # acme partial adds a5, closes nothing; beta's empty crawl is a sudden drop (partial) until a
    # second crawl confirms it, so b1 stays open
    W4: {"a1", "a3", "a4", "a5", "b1", "g1", "g2"},
}
HISTORY_CLOSED = {"a2": W3}


A, B = "AI/ML Engineer", "AI Software Engineer"
PY, TS = "Python", "TypeScript"


def two_roles(home: Path) -> None:
    """One week, two roles with salaries, seniority, skills, companies and metros; see test_stats.

    m5 duplicates m1 (cluster c1) with the smaller posting_id but no salary: m1 is canonical.
    x1 has no role: it counts in no role's figures and not in the tracked total.
    """
    ml = {"role": A, "role_id": "ai-ml-engineer"}
    sw = {"role": B, "role_id": "ai-software-engineer"}
    m1 = P(
        "m1",
        **ml,
        cluster_id="c1",
        salary_min_usd=100_000.0,
        salary_max_usd=150_000.0,
        seniority="senior",
        work_mode="remote",
        company="OpenAI",
        skills=[PY, "PyTorch", "AWS"],
    )
    m2 = P(
        "m2",
        **ml,
        salary_min_usd=80_000.0,
        seniority="mid",
        work_mode="hybrid",
        metro="San Francisco",
        company="OpenAI",
        skills=[PY, "RAG"],
    )
    m3 = P(
        "m3",
        **ml,
        salary_max_usd=200_000.0,
        seniority="mid",
        metro="New York",
        company="Anthropic",
        skills=[PY, "AWS", "RAG"],
    )
    m4 = P("m4", **ml, work_mode="remote", metro="New York", company="Acme", skills=["Docker"])
    m5 = P("m5", **ml, cluster_id="c1", company="Dupe Co", skills=["Kubernetes"])
    s1 = P(
        "s1",
        **sw,
        salary_min_usd=150_000.0,
        salary_max_usd=250_000.0,
        seniority="senior",
        metro="Seattle",
        company="Stripe",
        skills=[PY, TS, "RAG", "Go", "Rust", "Java", "Claude", "OpenAI", "Zig"],
    )
    s2 = P(
        "s2",
        **sw,
        salary_min_usd=200_000.0,
        salary_max_usd=300_000.0,
        seniority="entry",
        work_mode="remote",
        company="Stripe",
        skills=[PY, TS, "Kubernetes"],
    )
    x1 = P("x1", company="Nobody", skills=[PY])
    write_crawl(home, "greenhouse", W1, {"acme": ("ok", [m1, m2, m3, m4, s1, s2, x1])})
    write_crawl(home, "ashby", W1, {"zeta": ("ok", [m5])})


ML, OPS, SW = "AI/ML Engineer", "MLOps Engineer", "AI Software Engineer"


def churn(home: Path, weeks: tuple = (W1, W2, W3, W4)) -> None:
    """Four weeks of openings and closings, a repost, cross-source duplicates, a failing source.

    acme  (greenhouse): W1 a1 a2 a3 | W2 a1 a3 a4 | W3 a1 a4 a2r | W4 a4 a2r
    gamma (lever):      W1 g1 g2    | W2 g1 g2    | W3 FAILED    | W4 g2
    delta (ashby):                    W2 d1 d2    | W3 d1 d2     | W4 d2
    g1 = a1 (cluster job-a1), d1 = a3 (job-a3), a2r reposts a2 (job-a2). Only the crawls of
    `weeks` are written (incremental builds add weeks one by one).
    """
    a1, g1 = P("a1", cluster_id="job-a1", role=ML), P("g1", cluster_id="job-a1", role=ML)
    a3, d1 = P("a3", cluster_id="job-a3", role=ML), P("d1", cluster_id="job-a3", role=ML)
    a2, a2r = P("a2", cluster_id="job-a2", role=OPS), P("a2r", cluster_id="job-a2", role=OPS)
    a4, g2, d2 = P("a4", role=SW), P("g2", role=OPS), P("d2", role=ML)
    crawls = [
        ("greenhouse", W1, {"acme": ("ok", [a1, a2, a3])}),
        ("lever", W1, {"gamma": ("ok", [g1, g2])}),
        ("greenhouse", W2, {"acme": ("ok", [a1, a3, a4])}),
        ("lever", W2, {"gamma": ("ok", [g1, g2])}),
        ("ashby", W2, {"delta": ("ok", [d1, d2])}),
        ("greenhouse", W3, {"acme": ("ok", [a1, a4, a2r])}),
        ("lever", W3, {"gamma": ("failed", [])}),
        ("ashby", W3, {"delta": ("ok", [d1, d2])}),
        ("greenhouse", W4, {"acme": ("ok", [a4, a2r])}),
        ("lever", W4, {"gamma": ("ok", [g2])}),
        ("ashby", W4, {"delta": ("ok", [d2])}),
    ]
    for source, week, boards in crawls:
        if week in weeks:
            write_crawl(home, source, week, boards)


# worked out by hand from the rules (warehouse/README.md)
CHURN_OPEN = {
    W1: {"a1", "a2", "a3", "g1", "g2"},
    W2: {"a1", "a3", "a4", "g1", "g2", "d1", "d2"},  # a2 gone from acme's ok crawl
    W3: {"a1", "a4", "a2r", "g1", "g2", "d1", "d2"},  # lever failed: g1 g2 carry forward
    W4: {"a4", "a2r", "g2", "d2"},
}
CHURN_CLOSED = {"a2": W2, "a3": W3, "a1": W4, "g1": W4, "d1": W4}
CHURN_OPENINGS = {  # role -> open positions (clusters) per week W1..W4
    ML: [2, 3, 3, 1],  # W1 job-a1 a3 | W2 job-a1 job-a3 d2 | W3 job-a1 job-a3(d1) d2 | W4 d2
    OPS: [2, 1, 2, 2],  # W1 a2 g2 | W2 g2 | W3 a2r g2 | W4 a2r g2
    SW: [0, 1, 1, 1],
}
CHURN_CANONICAL = {W2: {"job-a1": "a1", "job-a3": "a3"}, W3: {"job-a1": "a1", "job-a3": "d1"}}


def market(home: Path, seed: int = 5) -> None:
    """Two weeks of a random but reproducible market: three roles with 15-60 salaries each,
    skewed companies, skills, metros, work modes, seniority, and cross-source duplicates."""
    import random

    rng = random.Random(seed)
    roles = [(ML, "ai-ml-engineer"), (SW, "ai-software-engineer"), (OPS, "mlops-engineer")]
    skills = [
        "Python",
        "PyTorch",
        "AWS",
        "RAG",
        "Docker",
        "Kubernetes",
        "Go",
        "SQL",
        "Spark",
        "TypeScript",
        "OpenAI",
        "Rust",
    ]
    companies = ["OpenAI", "Anthropic", "Stripe", "Acme", "Globex", "Initech", None]
    metros = ["New York", "San Francisco", "Seattle", "London", None]
    jobs = []
    for i in range(150):
        role, role_id = rng.choice(roles[: 1 + i % 3])
        low = rng.choice([None, rng.randrange(60, 200) * 1000.0])
        high = rng.choice([None, (low or 90_000.0) + rng.randrange(0, 90) * 1000.0])
        jobs.append(
            P(
                f"j{i:03d}",
                role=role,
                role_id=role_id,
                cluster_id=f"job-{i:03d}",
                salary_min_usd=low,
                salary_max_usd=high,
                company=rng.choices(companies, weights=[6, 4, 3, 2, 1, 1, 1])[0],
                metro=rng.choice(metros),
                seniority=rng.choice(["entry", "mid", "senior", None]),
                work_mode=rng.choice(["remote", "hybrid", "onsite", "unknown"]),
                skills=rng.sample(skills, rng.randrange(0, 7)),
            )
        )
    copies = [
        P(f"x{j['source_id']}", **{k: v for k, v in j.items() if k != "source_id"})
        for j in jobs[::9]
    ]
    write_crawl(home, "greenhouse", W1, {"big": ("ok", jobs[:110]), "small": ("ok", jobs[110:130])})
    write_crawl(home, "lever", W1, {"copies": ("ok", copies[:8])})
    write_crawl(home, "greenhouse", W2, {"big": ("ok", jobs[20:140]), "small": ("failed", [])})
    write_crawl(home, "lever", W2, {"copies": ("ok", copies)})
