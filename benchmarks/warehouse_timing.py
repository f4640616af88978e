"""Timing helpers of the warehouse benchmark: wall time, peak memory, best of N alternating runs."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

ROWS: list[tuple[str, float, float, str]] = []  # step, seconds, peak MB, note


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """Run fn once: (result, wall seconds, this process's peak RSS MB during it, VmHWM reset)."""
    Path("/proc/self/clear_refs").write_text("5")
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    peak = next(
        int(line.split()[1]) / 1024
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmHWM")
    )
    return result, seconds, peak


def measure(step: str, fn: Callable[[], Any], note: Callable[[Any, float], str] = lambda r, s: ""):
    """Run fn once and record its time and peak memory."""
    result, seconds, peak = timed(fn)
    ROWS.append((step, seconds, peak, note(result, seconds)))
    print(f"  {step}: {seconds:.2f} s", file=sys.stderr)
    return result


def local(reset: Callable[[], Any], fn: Callable[[], Any]) -> Callable[[], tuple[float, float]]:
    """A step run in this process: reset (untimed), then fn timed; (seconds, peak MB)."""
    return lambda: (reset(), timed(fn))[1][1:]


def best_of(steps: dict[str, Callable[[], tuple[float, float]]], repeat: int) -> None:
    """Alternate the steps `repeat` times; record each one's fastest run and largest peak."""
    runs: dict[str, list[tuple[float, float]]] = {step: [] for step in steps}
    for _ in range(repeat):
        for step, run_once in steps.items():
            seconds, peak = run_once()
            runs[step].append((seconds, peak))
            print(f"  {step}: {seconds:.2f} s", file=sys.stderr)
    for step, times in runs.items():
        spread = ", ".join(f"{s:.2f}" for s, _ in times)
        ROWS.append((step, min(times)[0], max(p for _, p in times), f"runs {spread} s"))
