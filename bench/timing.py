"""Timing shared by the benchmarks: medians of wall-clock and CPU time (the machine is shared,
so one run says little)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_of(runs: int, fn: Callable[[], object]) -> tuple[float, float]:
    """Median wall-clock and median CPU seconds (this process) of `runs` calls of `fn`."""
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)
