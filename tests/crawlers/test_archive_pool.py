"""The extraction pool: task order kept, tasks taken only as results are used, dead workers."""

from __future__ import annotations

import os

import pytest

from jobwatch.crawlers.archive.pool import (
    WINDOW_PER_WORKER,
    ordered_map,
    usable_cores,
    worker_count,
)


def square(n: int) -> int:
    return n * n


def die_on_7(n: int) -> int:
    if n == 7:
        os._exit(1)  # a worker killed mid-page (out of memory, a crash in a C extension)
    return n


def broken(n: int, exc: BaseException) -> int:
    return -1000 - n


@pytest.mark.parametrize(
    ("tasks", "wanted", "expected"),
    [
        (0, None, 1),  # nothing to do: no pool
        (1, None, 1),  # one page: in the crawl process
        (10, 1, 1),  # asked for one: in the crawl process
        (10, 3, 3),
        (2, 8, 2),  # never more workers than pages
        (10, None, min(10, usable_cores())),  # default: every usable core
    ],
)
def test_worker_count(tasks: int, wanted: int | None, expected: int) -> None:
    assert worker_count(tasks, wanted) == expected


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_in_task_order_and_tasks_are_taken_as_results_are_used(workers: int) -> None:
    taken: list[int] = []

    def tasks():
        for n in range(40):
            taken.append(n)
            yield n

    results: list[int] = []
    for result in ordered_map(square, tasks(), workers, on_broken=broken):
        results.append(result)
        # memory stays flat: at most a window of pages is read ahead of what was written
        assert len(taken) <= len(results) + workers * WINDOW_PER_WORKER
    assert results == [n * n for n in range(40)]


def test_a_dead_worker_costs_the_pages_in_flight_and_a_fresh_pool_takes_the_rest() -> None:
    results = list(ordered_map(die_on_7, range(20), 2, on_broken=broken))
    window = 2 * WINDOW_PER_WORKER
    assert results[7] == broken(7, RuntimeError())
    assert results[:window] == list(range(window))  # written before page 7 was handed out
    assert results[7 + window :] == list(range(7 + window, 20))
    assert all(r in (n, broken(n, RuntimeError())) for n, r in enumerate(results))
