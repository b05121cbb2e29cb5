"""Frame time of the real PriceChart against the floor (one pyqtgraph line) and finplot.

For each N it builds PriceChart with N synthetic bars from ../shared/bench/synth.py, replays
synth.pan_zoom_ranges(N) exactly as ../shared/bench/peer_finplot.py does (set the x range, process
events, repaint the 1280x800 window) and prints one JSON line with the median and p95 frame time,
the time to first paint and the peak RSS of the process. The floor and finplot run in
subprocesses with the same N (finplot in its own venv; skipped with a message when it is missing).

    python3 bench/bench_chart.py                  # N = 2,800; 25,000; 250,000; 1,000,000
    python3 bench/bench_chart.py 25000            # one N
    python3 bench/bench_chart.py --chart-only 1000000
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_BENCH = REPO.parent / "shared" / "bench"
FINPLOT_PYTHON = Path(os.environ.get("FINPLOT_PYTHON", REPO.parent / "finplot-venv" / "bin" / "python"))
SIZES = (2_800, 25_000, 250_000, 1_000_000)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # Linux reports KiB


def bench_chart(n: int) -> dict:
    """Runs in a fresh process per N so peak RSS belongs to that N alone."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(SHARED_BENCH))
    sys.path.insert(0, str(REPO))
    import numpy as np
    from synth import ohlcv, pan_zoom_ranges
    from tracker.ui.qt import QtWidgets
    from tracker.ui.chart import PriceChart

    df = ohlcv(n)
    ts = df.index.values.astype("datetime64[s]").astype(np.int64)
    columns = [df[c].to_numpy(dtype=np.float64) for c in ("Open", "High", "Low", "Close", "Volume")]
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    rss_before = peak_rss_mb()

    t0 = time.perf_counter()
    chart = PriceChart()
    chart.resize(1280, 800)
    chart.set_series("SYNTH", "USD", ts, *columns)
    chart.set_range_preset("Max")
    chart.show()
    app.processEvents()
    chart.repaint()
    app.processEvents()
    first_paint = time.perf_counter() - t0

    box = chart.price_box

    def frame(x0: float, x1: float) -> float:
        t = time.perf_counter()
        box.setXRange(x0, x1, padding=0)
        app.processEvents()
        chart.repaint()
        return time.perf_counter() - t

    times = np.array([frame(x0, x1) for x0, x1 in pan_zoom_ranges(n)])
    return {"peer": "tracker-chart", "bars": n, "first_paint_s": round(first_paint, 4),
            "frame_median_ms": round(float(np.median(times)) * 1e3, 2),
            "frame_p95_ms": round(float(np.percentile(times, 95)) * 1e3, 2),
            "frame_max_ms": round(float(times.max()) * 1e3, 2),
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "rss_before_chart_mb": round(rss_before, 1)}


def run_json(cmd: list[str]) -> dict | None:
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=str(REPO))
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    print(json.dumps({"error": " ".join(cmd), "stderr": proc.stderr.strip()[-400:]}), flush=True)
    return None


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--one":            # child process: the chart alone for one N
        print(json.dumps(bench_chart(int(argv[1]))), flush=True)
        return 0
    chart_only = "--chart-only" in argv
    sizes = [int(a.replace(",", "").replace("_", "")) for a in argv if not a.startswith("--")] or list(SIZES)
    if not SHARED_BENCH.is_dir():
        print(f"bench harness not found at {SHARED_BENCH}", file=sys.stderr)
        return 1
    have_finplot = FINPLOT_PYTHON.is_file()
    if not chart_only and not have_finplot:
        print(json.dumps({"peer": "finplot", "skipped": f"no venv at {FINPLOT_PYTHON}; create it with "
                          "`python3 -m venv ../finplot-venv && ../finplot-venv/bin/pip install finplot`"}),
              flush=True)
    summary = []
    for n in sizes:
        ours = run_json([sys.executable, __file__, "--one", str(n)])
        if ours:
            print(json.dumps(ours), flush=True)
        if chart_only:
            continue
        floor = run_json([sys.executable, str(SHARED_BENCH / "floor_line_chart.py"), str(n)])
        if floor:
            print(json.dumps(floor), flush=True)
        peer = run_json([str(FINPLOT_PYTHON), str(SHARED_BENCH / "peer_finplot.py"), str(n)]) if have_finplot else None
        if peer:
            print(json.dumps(peer), flush=True)
        if ours and floor:
            verdict = {
                "bars": n,
                "p95_ms": ours["frame_p95_ms"],
                "p95_within_16ms": ours["frame_p95_ms"] <= 16.0,
                "median_over_floor_median": round(ours["frame_median_ms"] / floor["frame_median_ms"], 2),
                "median_within_2x_floor": ours["frame_median_ms"] <= 2 * floor["frame_median_ms"],
            }
            if peer:
                verdict["p95_over_finplot_p95"] = round(ours["frame_p95_ms"] / peer["frame_p95_ms"], 3)
                verdict["p95_within_third_of_finplot"] = ours["frame_p95_ms"] * 3 <= peer["frame_p95_ms"]
            summary.append(verdict)
            print(json.dumps({"verdict": verdict}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
