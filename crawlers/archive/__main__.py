"""`python -m jobwatch.crawlers.archive CRAWL_DIR OUT_DIR`: re-extract a crawl's archived pages.

Example:
  python -m jobwatch.crawlers.archive \\
      ~/.jobwatch/raw/source=greenhouse/week=2026-11-09/crawl=greenhouse-20261109T060000Z-1a2b3c \\
      /tmp/greenhouse-again
"""

from __future__ import annotations

import argparse
import json
import sys

from jobwatch.core.errors import UserError
from jobwatch.crawlers.archive.rederive import extract_pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m jobwatch.crawlers.archive",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("crawl_dir", help="a finished crawl directory of the raw lake")
    parser.add_argument("out_dir", help="a new directory for <board>.jsonl and _quarantine.jsonl")
    parser.add_argument("--workers", type=int, help="worker processes (default: every core)")
    args = parser.parse_args(argv)
    try:
        report = extract_pages(args.crawl_dir, args.out_dir, workers=args.workers)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report.summary() | {"out_dir": args.out_dir}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
