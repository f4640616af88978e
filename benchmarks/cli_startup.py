"""CLI start-up with the shipped registry: the wall time of commands that only read the warehouse
and of those that read the registry, and whether each imports Scrapy (the platform declarations)
or parses the registry. Run from the repository root:

    .venv/bin/python benchmarks/cli_startup.py --repeat 5

Each command runs in a fresh process against a fresh home (no warehouse: the figures are the
start-up, not the queries). The first `sources` seeds the home's registry and its parse cache;
the later runs read the cache.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = (
    ("status", ["status"]),
    ("sql", ["sql", "select 1 as x"]),
    ("stats --help", ["stats", "--help"]),
    ("sources (registry)", ["sources"]),
    ("sources --json", ["sources", "--json"]),
)
PROBE = "import sys; from jobwatch.cli.main import main; sys.argv = ['jobwatch', *sys.argv[1:]]\n"
PROBE += "try:\n    main()\nexcept SystemExit:\n    pass\n"
PROBE += "print('SCRAPY' if 'scrapy' in sys.modules else 'NO-SCRAPY', file=sys.stderr)"


def run(home: Path, args: list[str]) -> tuple[float, bool]:
    env = {**os.environ, "JOBWATCH_HOME": str(home), "COLUMNS": "200"}
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True, check=False
    )
    return time.monotonic() - started, "NO-SCRAPY" not in proc.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="cli-startup-"))
    first, _ = run(home, ["sources"])
    print(f"first `sources` (copies the registry, parses it, writes the cache): {first:.2f} s")
    print("| command | median s | min s | imports Scrapy |")
    print("|---|---:|---:|---|")
    for name, argv in COMMANDS:
        times, scrapy = [], False
        for _ in range(args.repeat):
            seconds, scrapy = run(home, argv)
            times.append(seconds)
        print(f"| {name} | {statistics.median(times):.2f} | {min(times):.2f} | {scrapy} |")
    load = os.getloadavg()[0]
    print(f"load average (1 min) at the end: {load:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
