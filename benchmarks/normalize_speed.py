"""Normalization speed: postings/s per core, all classifiers and each alone, vs one AC pass.

Example:
  .venv/bin/python benchmarks/normalize_speed.py                  # 2,000 postings, 3,000 chars
  .venv/bin/python benchmarks/normalize_speed.py --postings 5000 --chars 3000 --memory 2000,8000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import normalize_corpus  # noqa: E402

from pipeline.cluster import minhash  # noqa: E402
from pipeline.company import normalize_company  # noqa: E402
from pipeline.dedup import cluster_key, job_anchor  # noqa: E402
from pipeline.location import parse_location  # noqa: E402
from pipeline.record import normalize_record  # noqa: E402
from pipeline.role import classify_role  # noqa: E402
from pipeline.salary import parse_salary_with_reason  # noqa: E402
from pipeline.seniority import classify_seniority  # noqa: E402
from pipeline.skills import extract_skills, skills  # noqa: E402
from pipeline.textmatch import phrase_key  # noqa: E402

Step = Callable[[dict[str, Any]], object]
STEPS: dict[str, Step] = {
    "all (normalize_record)": normalize_record,
    "role": lambda r: classify_role(r["title"], r["description_text"]),
    "seniority": lambda r: classify_seniority(r["title"], r["description_text"], None),
    "skills": lambda r: extract_skills(r["title"], r["description_text"]),
    "salary": lambda r: parse_salary_with_reason(r["salary_structured"], r["description_text"]),
    "location": lambda r: parse_location(r["location_raw"], r["remote_raw"], r["description_text"]),
    "company": lambda r: normalize_company(r["company"]),
    "dedup key": lambda r: cluster_key(r["company"], r["title"], r["location_raw"],
                                       job_anchor(r["payload"], r["description_text"])),
    "minhash (global pass)": lambda r: minhash(r["description_text"]),
}  # fmt: skip


def _automaton() -> Any:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for skill in skills():
        automaton.add_word(phrase_key(skill.name), skill.id)
    automaton.make_automaton()
    return automaton


def _rate(step: Step, postings: list[dict[str, Any]]) -> float:
    step(postings[0])  # warm caches (taxonomies, compiled patterns)
    start = time.perf_counter()
    for posting in postings:
        step(posting)
    return len(postings) / (time.perf_counter() - start)


def _peak_mb(n: int, chars: int) -> float:
    """Peak RSS of a fresh process normalizing an n-posting file to parquet."""
    with tempfile.TemporaryDirectory() as tmp:
        source = normalize_corpus.write_jsonl(Path(tmp) / "in.jsonl", n, chars)
        code = ("import sys,resource; from pipeline.batch import normalize_file; "
                "normalize_file(sys.argv[1], sys.argv[2]); "
                "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")  # fmt: skip
        root = Path(__file__).resolve().parent.parent
        out = subprocess.run(
            [sys.executable, "-c", code, str(source), str(Path(tmp) / "out.parquet")],
            capture_output=True, text=True, check=True, cwd=root,
            env=os.environ | {"PYTHONPATH": str(root)},
        )  # fmt: skip
        return int(out.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=2000)
    parser.add_argument("--chars", type=int, default=3000)
    parser.add_argument("--memory", default="1000,8000", help="posting counts for peak RSS")
    args = parser.parse_args()
    postings = list(normalize_corpus.corpus(args.postings, args.chars))
    automaton = _automaton()
    limit = _rate(lambda r: sum(1 for _ in automaton.iter(r["description_text"].lower())), postings)
    print(f"{len(postings):,} postings, descriptions of {args.chars:,} characters, one core")
    print(f"{'step':<24}{'postings/s':>12}{'x AC pass':>11}")
    for name, step in STEPS.items():
        rate = _rate(step, postings)
        print(f"{name:<24}{rate:>12,.0f}{limit / rate:>11.1f}")
    print(f"{'pyahocorasick 1 pass':<24}{limit:>12,.0f}{1.0:>11.1f}")
    print(f"{'peak RSS (normalize_file)':<24}")
    for n in (int(x) for x in args.memory.split(",")):
        print(f"  {n:>7,} postings{_peak_mb(n, args.chars):>12,.0f} MB")
    print(json.dumps({"cpu_count": os.cpu_count(), "self_maxrss_mb":
                      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))  # fmt: skip


if __name__ == "__main__":
    main()
