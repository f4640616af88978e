"""The README's `console` blocks as runnable examples: each `$ ` line a shell command, the lines
under it the output it documents. A line `...` stands for any number of lines; a line ending in
` ...` for any line that starts with the text before it. Blank lines are not compared."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"^```console\n(.*?)^```$", re.M | re.S)
SH_BLOCK = re.compile(r"^```sh\n(.*?)^```$", re.M | re.S)
ENV_ASSIGNMENT = re.compile(r"^[A-Z_]+=")
# What the test run sets and a reader's shell does not: never passed on to an example.
TEST_SETTINGS = ("JOBWATCH_HOME", "PREFECT_HOME", "PREFECT_API_URL", "PYTHONPATH", "VIRTUAL_ENV")


def sh_commands(readme: Path = README) -> list[list[str]]:
    """The `jobwatch` commands of the `sh` blocks (those that need a network or a server and are
    shown, not run), as argument lists: any leading VAR=value and trailing comment dropped."""
    found = []
    for block in SH_BLOCK.findall(readme.read_text()):
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            while words and ENV_ASSIGNMENT.match(words[0]):
                words = words[1:]
            if words[:1] == ["jobwatch"]:
                found.append(words[1:])
    return found


@dataclass
class Example:
    command: str
    expected: list[str] = field(default_factory=list)


def examples(readme: Path = README) -> list[Example]:
    """Every command of every console block, in the README's order."""
    found: list[Example] = []
    for block in BLOCK.findall(readme.read_text()):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append(Example(line[2:]))
            elif found:
                found[-1].expected.append(line)
    return found


def matches(expected: list[str], actual: list[str]) -> bool:
    """Whether `actual` is what `expected` documents, with its `...` elisions."""
    want = [w.rstrip() for w in expected if w.strip()]
    got = [g.rstrip() for g in actual if g.strip()]
    if not want:
        return not got
    head, rest = want[0], want[1:]
    if head == "...":
        return any(matches(rest, got[i:]) for i in range(len(got) + 1))
    if not got:
        return False
    same = got[0].startswith(head[:-4]) if head.endswith(" ...") else got[0] == head
    return same and matches(rest, got[1:])


def run(example: Example, cwd: Path, bin_dir: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """The command in bash, as a reader with `bin_dir` on the PATH (an activated venv) and `home`
    as their home directory would type it in `cwd`, on an 80-column terminal."""
    env = {k: v for k, v in os.environ.items() if k not in TEST_SETTINGS}
    env |= {"PATH": f"{bin_dir}:{env.get('PATH', '')}", "HOME": str(home), "COLUMNS": "80"}
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", example.command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def run_all(cwd: Path, bin_dir: Path, home: Path) -> list[str]:
    """Run every example in order; what went wrong, one entry per failing example."""
    failures = []
    for example in examples():
        proc = run(example, cwd, bin_dir, home)
        if proc.returncode != 0:
            failures.append(f"$ {example.command}\nexit {proc.returncode}\n{proc.stderr[-2000:]}")
        elif not matches(example.expected, proc.stdout.splitlines()):
            failures.append(f"$ {example.command}\nprinted:\n{proc.stdout[-3000:]}")
    return failures
