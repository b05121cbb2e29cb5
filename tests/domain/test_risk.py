"""Drawdowns and volatility of a TWR index, on Portfolio Performance's definitions, by hand."""
import math
from datetime import date

import pytest

from tracker.domain import risk

D1, D2, D3, D4, D5 = (date(2024, 1, d) for d in (2, 3, 4, 5, 8))
# levels (1 + TWR): 1.10, 1.21, 0.9680, 1.05, 1.00 after an opening level of 1
INDEX = [(D1, 0.10), (D2, 0.21), (D3, -0.032), (D4, 0.05), (D5, 0.0)]


def test_maximum_drawdown_with_its_peak_and_trough():
    dd = risk.drawdown(INDEX)
    # the peak 1.21 on 3 Jan, the trough 0.968 on 4 Jan: (1.21 - 0.968) / 1.21 = 0.242 / 1.21 = 20 %
    assert dd.maximum == pytest.approx(0.2, rel=1e-12)
    assert (dd.peak, dd.trough) == (D2, D3)
    # now at 1.00, still below the 1.21 peak: (1.21 - 1.00) / 1.21 = 17.36 %
    assert dd.current == pytest.approx(0.21 / 1.21, rel=1e-12)
    assert dd.current_peak == D2


def test_a_fall_from_the_opening_level_counts():
    dd = risk.drawdown([(D1, -0.1), (D2, -0.2), (D3, 0.05)])
    # the opening level 1 is the peak: (1 - 0.8) / 1 = 20 %, then a new high: no current drawdown
    assert (dd.maximum, dd.peak, dd.trough) == (pytest.approx(0.2), None, D2)
    assert (dd.current, dd.current_peak) == (0.0, D3)


def test_volatility_as_portfolio_performance_computes_it_and_a_year():
    # daily returns: 1.10/1 - 1, 1.21/1.10 - 1, 0.968/1.21 - 1, 1.05/0.968 - 1, 1/1.05 - 1
    logs = [math.log(1.10), math.log(1.10), math.log(0.8), math.log(1.05 / 0.968), math.log(1 / 1.05)]
    mean = sum(logs) / 5
    sample_variance = sum((x - mean) ** 2 for x in logs) / 4
    v = risk.volatility(INDEX)
    assert v.days == 5
    assert v.period == pytest.approx(math.sqrt(sample_variance * 5), rel=1e-12)       # PP: over the period
    assert v.annualized == pytest.approx(math.sqrt(sample_variance) * math.sqrt(252), rel=1e-12)
    # logs 0.0953, 0.0953, -0.2231, 0.0811, -0.0488 (mean -0.0001); squared deviations sum to
    # 0.0769; / 4 = 0.0192 a day; x 5 days = 0.0961, root 31.0 % over the five days; x 252 = 4.844, root 220 % a year
    assert f"{v.period:.2%}" == "31.01%"
    assert f"{v.annualized:.1%}" == "220.2%"
    assert risk.volatility(INDEX[:1]).period is None
