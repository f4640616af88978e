"""Synthetic posting-weeks for the warehouse benchmark: realistic mixes, skewed, deterministic."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

ROLES = [
    ("AI/ML Engineer", "ai-ml-engineer", 0.14),
    ("AI Software Engineer", "ai-software-engineer", 0.12),
    ("MLOps Engineer", "mlops-engineer", 0.06),
    ("Data Scientist", "data-scientist", 0.12),
    ("Data Engineer", "data-engineer", 0.12),
    ("Data Analyst", "data-analyst", 0.10),
    ("Backend Engineer", "backend-engineer", 0.12),
    ("Frontend Engineer", "frontend-engineer", 0.08),
    ("DevOps Engineer", "devops-engineer", 0.06),
    ("Research Scientist", "research-scientist", 0.03),
    ("Product Manager", "product-manager", 0.05),
]
SOURCES = ["greenhouse", "lever", "ashby", "workable", "smartrecruiters", "remoteok", "hn"]
SOURCE_P = [0.35, 0.2, 0.15, 0.1, 0.08, 0.07, 0.05]
N_SKILLS, N_COMPANIES, N_METROS = 600, 20_000, 300
FIRST_WEEK = dt.date(2025, 1, 6)


def _zipf_p(n: int, a: float) -> np.ndarray:
    p = 1.0 / np.arange(1, n + 1) ** a
    return p / p.sum()


def _skill_lists(rng: np.random.Generator, n: int) -> pa.Array:
    """About 8 distinct skills per posting (Poisson), popular skills far more common (Zipf)."""
    sizes = np.clip(rng.poisson(9, n), 0, 24)
    owner = np.repeat(np.arange(n), sizes)
    picks = rng.choice(N_SKILLS, size=len(owner), p=_zipf_p(N_SKILLS, 1.0))
    order = np.lexsort((picks, owner))  # drop a skill drawn twice for one posting
    owner, picks = owner[order], picks[order]
    keep = np.ones(len(picks), bool)
    keep[1:] = (owner[1:] != owner[:-1]) | (picks[1:] != picks[:-1])
    owner, picks = owner[keep], picks[keep]
    offsets = np.concatenate([[0], np.cumsum(np.bincount(owner, minlength=n))]).astype(np.int32)
    names = pa.array([f"Skill {i:03d}" for i in range(N_SKILLS)])
    return pa.ListArray.from_arrays(pa.array(offsets), names.take(pa.array(picks)))


def _salaries(rng: np.random.Generator, n: int, role_idx: np.ndarray):
    """About 40% disclosed; some give only a minimum or only a maximum."""
    base = 90_000 + 12_000 * role_idx + rng.lognormal(0, 0.35, n) * 60_000
    disclosed = rng.random(n) < 0.4
    shape = rng.random(n)
    low = np.where(disclosed & (shape < 0.9), base, np.nan)
    high = np.where(disclosed & (shape > 0.1), base * rng.uniform(1.1, 1.5, n), np.nan)
    return low, high


def postings(n: int, seed: int = 7) -> dict[str, np.ndarray]:
    """n distinct postings with their attributes (numpy columns)."""
    rng = np.random.default_rng(seed)
    role_p = np.array([r[2] for r in ROLES])
    role_idx = rng.choice(len(ROLES) + 1, n, p=np.append(role_p * 0.93, 0.07))  # 7% unclassified
    low, high = _salaries(rng, n, role_idx)
    return {
        "role_idx": role_idx,
        "company_idx": rng.choice(N_COMPANIES, n, p=_zipf_p(N_COMPANIES, 1.1)),
        "metro_idx": rng.choice(N_METROS + 1, n, p=_zipf_p(N_METROS + 1, 1.2)),
        "source_idx": rng.choice(len(SOURCES), n, p=SOURCE_P),
        "work_mode": rng.choice(4, n, p=[0.3, 0.2, 0.45, 0.05]),
        "seniority": rng.choice(4, n, p=[0.1, 0.35, 0.4, 0.15]),
        "low": low,
        "high": high,
        "dup": rng.random(n) < 0.08,  # a second source's copy of the previous posting's job
    }


def _lookup(names: list[str | None], idx: np.ndarray) -> pa.Array:
    return pa.array(names).take(pa.array(idx))


def _ids(prefix: str, idx: np.ndarray) -> pa.Array:
    return pc.binary_join_element_wise(prefix, pc.cast(pa.array(idx), pa.string()), "")


def _open_weeks(rng: np.random.Generator, n: int, weeks: int, dup: np.ndarray):
    """Each posting opens in a random week and stays open ~5 weeks (geometric); a duplicate is
    open exactly when the posting it copies is."""
    start = rng.integers(-4, weeks, n)
    length = rng.geometric(1 / 5, n)
    for arr in (start, length):
        arr[1:][dup[1:]] = arr[:-1][dup[1:]]
    first = np.maximum(start, 0)
    last = np.minimum(start + length, weeks)  # exclusive
    return first, np.maximum(last - first, 0)


def posting_weeks(rows: int, weeks: int = 26, seed: int = 7) -> pa.Table:
    """About `rows` posting-weeks over `weeks` weeks, shaped like the warehouse's posting_weeks."""
    n = int(rows / 4.06)
    p = postings(n, seed)
    rng = np.random.default_rng(seed + 1)
    first, span = _open_weeks(rng, n, weeks, p["dup"])
    idx = np.repeat(np.arange(n), span)
    week_no = first[idx] + (np.arange(len(idx)) - np.repeat(np.cumsum(span) - span, span))
    cluster = np.arange(n)
    cluster[1:][p["dup"][1:]] = cluster[:-1][p["dup"][1:]]
    week0 = np.datetime64(FIRST_WEEK, "D")
    low, high = p["low"][idx], p["high"][idx]
    ceiling = np.where(np.isnan(high), low, high)
    floor = np.where(np.isnan(low), high, low)
    roles = [r[0] for r in ROLES] + [None]
    role_ids = [r[1] for r in ROLES] + [None]
    metros = [f"Metro {i:03d}" for i in range(N_METROS)] + [None]
    skills = _skill_lists(rng, n).take(pa.array(idx))
    week = pa.array(week0 + np.timedelta64(7, "D") * week_no)
    source = _lookup(SOURCES, p["source_idx"][idx])
    crawl = pc.binary_join_element_wise(source, pc.cast(week, pa.string()), "-")
    return pa.table(
        {
            "posting_id": _ids("p", idx),
            "week": week,
            "crawl_id": crawl,
            "cluster_id": _ids("c", cluster[idx]),
            "is_canonical": pa.array(~p["dup"][idx]),
            "source": source,
            "board": _ids("b", p["company_idx"][idx]),
            "source_id": _ids("", idx),
            "company": _ids("Company ", p["company_idx"][idx]),
            "title": _lookup([f"Title {r}" for r in range(len(roles))], p["role_idx"][idx]),
            "role": _lookup(roles, p["role_idx"][idx]),
            "role_id": _lookup(role_ids, p["role_idx"][idx]),
            "seniority": _lookup(["entry", "mid", "senior", None], p["seniority"][idx]),
            "skills": skills,
            "salary_min_usd": pa.array(low, from_pandas=True),
            "salary_max_usd": pa.array(high, from_pandas=True),
            "salary_ceiling_usd": pa.array(ceiling, from_pandas=True),
            "salary_floor_usd": pa.array(floor, from_pandas=True),
            "salary_mid_usd": pa.array((ceiling + floor) / 2, from_pandas=True),
            "work_mode": _lookup(["remote", "hybrid", "onsite", "unknown"], p["work_mode"][idx]),
            "country": _lookup(["US"], np.zeros(len(idx), dtype=np.int64)),
            "metro": _lookup(metros, p["metro_idx"][idx]),
            "first_seen": pa.array(week0 + np.timedelta64(7, "D") * first[idx]),
            "last_seen": pa.array(week0 + np.timedelta64(7, "D") * week_no),
        }
    )


def _signatures(
    rng: np.random.Generator, company: np.ndarray, dup: np.ndarray, src: np.ndarray
) -> np.ndarray:
    """64 uint32 per posting, made in chunks (random masks of every posting at once would take
    gigabytes at 10M posting-weeks)."""
    n = len(company)
    templates = rng.integers(0, 2**32, (N_COMPANIES, 64), dtype=np.uint32)
    share = rng.uniform(0.15, 0.5, n).astype(np.float32)[:, None]
    templated = (rng.random(n) < 0.6)[:, None]
    edited = (rng.integers(0, 5, n) / 64).astype(np.float32)[:, None]
    sig = np.empty((n, 64), dtype=np.uint32)
    for lo in range(0, n, 1 << 18):
        part = slice(lo, min(n, lo + (1 << 18)))
        own = rng.integers(0, 2**32, (part.stop - lo, 64), dtype=np.uint32)
        u = rng.random((part.stop - lo, 64), dtype=np.float32)
        sig[part] = np.where(templated[part] & (u >= share[part]), templates[company[part]], own)
        copies = np.flatnonzero(dup[part])  # their source is an earlier, non-duplicate row
        sig[lo + copies] = np.where(
            u[copies] < edited[part][copies], own[copies], sig[src[part][copies]]
        )
    return sig


def cluster_versions(rows: int, seed: int = 7) -> pa.Table:
    """The global dedup pass's input for the postings of posting_weeks(rows): one version per
    posting (as int_cluster_versions) with a MinHash signature. Titles vary within a role (60
    variants, Zipf), so blocks (company, title) are a few thousand postings at most. 60% of a
    company's jobs share its boilerplate (a template signature with 15-50% of positions their
    own: Jaccard ~0.25-0.7 between two of them, never a copy); a duplicate copies the previous
    posting's job with 0-4 positions edited, half under their own pure cluster id (a board copy
    without the requisition, a third of them without a place: only MinHash can join it)."""
    n = int(rows / 4.06)
    p = postings(n, seed)
    rng = np.random.default_rng(seed + 2)
    dup = p["dup"].copy()
    dup[0] = False
    src = np.maximum.accumulate(np.where(dup, 0, np.arange(n)))  # the job a duplicate copies
    company, metro = p["company_idx"][src], p["metro_idx"][src]
    title = p["role_idx"][src] * 100 + rng.choice(60, n, p=_zipf_p(60, 1.0))[src]
    sig = _signatures(rng, company, dup, src)
    own_id = ~dup | (rng.random(n) < 0.5)
    cluster = np.where(own_id, np.arange(n), src)
    placeless = (dup & own_id & (rng.random(n) < 1 / 3)) | (metro == N_METROS)
    req = ~dup & (rng.random(n) < 0.3)
    return pa.table(
        {
            "posting_id": _ids("p", np.arange(n)),
            "cluster_id": _ids("c", cluster),
            "company_key": _ids("company ", company),
            "title_key": _ids("title ", title),
            "place_key": pc.if_else(pa.array(placeless), None, _ids("US|Metro ", metro)),
            "requisition_key": pc.if_else(pa.array(req), _ids("r", np.arange(n)), None),
            "minhash": pa.FixedSizeListArray.from_arrays(pa.array(sig.reshape(-1)), 64),
        }
    )
