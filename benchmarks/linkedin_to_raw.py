"""Write a LinkedIn eval dataset as RawPosting JSON lines, fed as a user would (title, company,
location, description; no salary columns, no remote flag, no level), for `jobwatch normalize`.

Example:
  .venv/bin/python benchmarks/linkedin_to_raw.py --data ../shared/eval --out /tmp/arshkon.jsonl
  .venv/bin/jobwatch normalize --in /tmp/arshkon.jsonl --out /tmp/arshkon.parquet
  grep -c salary_absurd /tmp/arshkon.quarantine.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from jobwatch.pipeline.evaluation.linkedin_text import ARSHKON, FILES, raw_posting, read_rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the eval data folder")
    parser.add_argument("--dataset", default=ARSHKON, choices=sorted(FILES))
    parser.add_argument("--out", type=Path, required=True, help="the .jsonl to write")
    args = parser.parse_args()
    rows = read_rows(args.data, args.dataset)
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(raw_posting(args.dataset, row), ensure_ascii=False) + "\n")
    print(f"{len(rows)} postings of {args.dataset} -> {args.out}")


if __name__ == "__main__":
    main()
