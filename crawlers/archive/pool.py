"""An ordered map over worker processes with a bounded window (results never pile up in memory)."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from multiprocessing.context import BaseContext

T = TypeVar("T")
R = TypeVar("R")
WINDOW_PER_WORKER = 2  # pages in flight per worker: enough to keep each busy, few in memory


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worker_count(tasks: int, wanted: int | None = None) -> int:
    """`wanted` (None or 0: every usable core), never more than there are tasks; at least 1."""
    return max(1, min(wanted or usable_cores(), tasks))


def ordered_map(
    fn: Callable[[T], R],
    tasks: Iterable[T],
    workers: int,
    on_broken: Callable[[T, BaseException], R],
) -> Iterator[R]:
    """fn over tasks, results in task order; one worker runs in this process.

    A worker that dies (killed, out of memory) breaks the pool: the tasks it had in flight get
    `on_broken(task, error)` and a fresh pool takes the rest."""
    if workers <= 1:
        yield from map(fn, tasks)
        return
    # fork: workers start at once with the crawler's modules already imported; they only read
    # files and compute, never touch the parent's reactor or log handlers.
    context = _context()
    pending: deque[tuple[T, Future[R]]] = deque()
    pool = ProcessPoolExecutor(workers, mp_context=context)
    try:
        for task in tasks:
            try:
                pending.append((task, pool.submit(fn, task)))
            except BrokenProcessPool:
                pool = _fresh(pool, workers, context)
                pending.append((task, pool.submit(fn, task)))
            while len(pending) >= workers * WINDOW_PER_WORKER:
                yield _next(pending, on_broken)
        while pending:
            yield _next(pending, on_broken)
    finally:
        pool.shutdown(cancel_futures=True)


def _next(pending: deque[tuple[T, Future[R]]], on_broken: Callable[[T, BaseException], R]) -> R:
    task, future = pending.popleft()
    try:
        return future.result()
    except BrokenProcessPool as exc:
        return on_broken(task, exc)


def _context() -> BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _fresh(pool: ProcessPoolExecutor, workers: int, context: BaseContext) -> ProcessPoolExecutor:
    pool.shutdown(cancel_futures=True)
    return ProcessPoolExecutor(workers, mp_context=context)
