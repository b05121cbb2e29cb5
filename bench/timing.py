"""Timing helpers shared by the benchmark scripts."""
import statistics
import time


def median_ms(fn, runs: int) -> float:
    """Median wall time of `runs` calls of `fn`, in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)
