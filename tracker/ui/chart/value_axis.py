"""The price axis (linear or log, labelled with the listing's currency) and the volume axis."""
from __future__ import annotations

import math

from tracker.ui.chart.axis import FastAxis

AXIS_WIDTH = 64           # fixed, so the price and volume panes keep the same x scale
MIN_TICK_PX = 26          # vertical room per price label
_NICE = (1.0, 2.0, 5.0)


def nice_step(span: float, count: int) -> float:
    """The smallest 1-2-5 step that splits `span` into at most `count` parts."""
    if span <= 0 or count <= 0:
        return 1.0
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    for m in _NICE:
        if m * power >= raw:
            return m * power
    return 10 * power


def log_price_ticks(lo: float, hi: float, px_height: float) -> list[float]:
    """Round prices between 10**lo and 10**hi, no closer than MIN_TICK_PX on a log scale.

    Steps are chosen in price, then crowded labels (low prices are squeezed on a log scale) are
    dropped from the bottom up, so the scale still reads in plain prices ("80, 100, 150")."""
    if px_height <= 0 or hi <= lo:
        return []
    p_lo, p_hi = 10 ** lo, 10 ** hi
    px_per_decade = px_height / (hi - lo)
    step = nice_step(p_hi - p_lo, max(2, int(px_height // MIN_TICK_PX)))
    # on a wide log range a fixed step crowds the bottom: let the step grow per decade
    values: list[float] = []
    v = math.ceil(p_lo / step) * step
    while v <= p_hi and len(values) < 500:
        if v > 0:
            values.append(v)
        v += step
    if p_hi / p_lo > 5:
        decade_values = []
        for k in range(math.floor(lo), math.ceil(hi) + 1):
            for m in (1, 2, 3, 5):
                p = m * 10 ** k
                if p_lo <= p <= p_hi:
                    decade_values.append(p)
        values = sorted(set(values) | set(decade_values))
    kept: list[float] = []
    for v in sorted(values, reverse=True):     # keep high prices first, where room is widest
        y = math.log10(v)
        if all(abs(y - math.log10(k)) * px_per_decade >= MIN_TICK_PX for k in kept):
            kept.append(v)
    return sorted(kept)


def price_text(value: float, step: float) -> str:
    """A tick label with as many decimals as the 1-2-5 step needs (0.5 -> one, 0.05 -> two)."""
    if abs(value) >= 1e6:
        return volume_text(value)     # 12.5M fits the axis where 12,500,000 would not
    decimals = max(0, min(6, -math.floor(math.log10(step) + 1e-9))) if step > 0 else 2
    return f"{value:,.{decimals}f}"


class PriceAxis(FastAxis):
    """Right-hand price axis. In log mode the view's y is log10(price) and the labels stay prices."""

    def __init__(self):
        super().__init__("right")
        self.log = False
        self.setWidth(AXIS_WIDTH)

    def set_currency(self, currency: str) -> None:
        self.setLabel(currency)

    def set_log(self, log: bool) -> None:
        self.log = log
        self.update()

    def ticks(self, lo, hi, length_px):
        if not self.log:
            step = nice_step(hi - lo, max(2, int(length_px // MIN_TICK_PX)))
            first = math.ceil(lo / step) * step
            count = int((hi - first) / step) + 1
            return [(first + i * step, price_text(first + i * step, step)) for i in range(max(count, 0))]
        prices = log_price_ticks(lo, hi, length_px)
        step = min((b - a for a, b in zip(prices, prices[1:])), default=1.0)
        return [(math.log10(v), price_text(v, step)) for v in prices]


def volume_text(value: float) -> str:
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:.4g}{suffix}"
    return f"{value:.0f}"


class VolumeAxis(FastAxis):
    """Right-hand volume axis: a few round numbers with K / M / B."""

    def __init__(self):
        super().__init__("right")
        self.setWidth(AXIS_WIDTH)

    def ticks(self, lo, hi, length_px):
        step = nice_step(hi - max(0.0, lo), max(1, int(length_px // 30)))
        return [(step * i, volume_text(step * i)) for i in range(1, int(hi / step) + 1)]
