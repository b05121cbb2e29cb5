"""XIRR and TWR: against an independent root search, hand-worked examples, and through positions."""
import random
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from tracker.domain import ledger, returns
from tracker.domain.ledger import Book
from tracker.domain.model import BUY, SELL, Conversion, Dividend, Fee, Instrument, Trade

BABA = Instrument("BABA", "Alibaba Group ADS", "NYSE", "USD", "ADS", D(8), date(2014, 9, 19))
HK = Instrument("9988.HK", "Alibaba Group ordinary shares", "HKEX", "HKD", "ORD", D(1), date(2019, 11, 26))
INSTRUMENTS = {"BABA": BABA, "9988.HK": HK}


def npv(rate: float, flows) -> float:
    first = min(d for d, _ in flows)
    return sum(a / (1 + rate) ** ((d - first).days / 365) for d, a in flows)


def brute_force_irr(flows, lo=-0.99, hi=10.0) -> float:
    """Plain bisection on a bracket known to hold one root: written independently of `returns`."""
    f_lo = npv(lo, flows)
    assert f_lo * npv(hi, flows) < 0, "test flows must change sign inside the bracket"
    for _ in range(200):
        mid = (lo + hi) / 2
        f_mid = npv(mid, flows)
        if (f_mid < 0) == (f_lo < 0):
            lo, f_lo = mid, f_mid
        else:
            hi = mid
    return (lo + hi) / 2


# --- XIRR ------------------------------------------------------------------------------------------
def test_xirr_of_one_year_is_the_simple_return():
    # 1000 in, 1100 back exactly 365 days later: 10 % a year
    assert returns.xirr([(date(2023, 1, 1), -1000.0), (date(2024, 1, 1), 1100.0)]) == pytest.approx(0.10, abs=1e-12)
    # and a loss of 99.9 %
    assert returns.xirr([(date(2023, 1, 1), -1000.0), (date(2024, 1, 1), 1.0)]) == pytest.approx(-0.999, abs=1e-9)


def test_xirr_matches_an_independent_bisection_on_random_investment_histories():
    rng = random.Random(2024)
    checked = 0
    for _ in range(100):
        start = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3000))
        flows = [(start, -rng.uniform(100, 5000))]
        for _ in range(rng.randint(1, 25)):
            day = flows[-1][0] + timedelta(days=rng.randint(1, 200))
            flows.append((day, rng.choice((-1, 1)) * rng.uniform(10, 3000)))
        # a final value that keeps the rate inside the independent bracket
        invested = -sum(a for _, a in flows)
        final_day = flows[-1][0] + timedelta(days=rng.randint(1, 400))
        flows.append((final_day, max(invested, 0) * rng.uniform(0.3, 2.5) + 50))
        if _sign_changes(flows) != 1:      # several roots or none: no single answer to compare
            continue
        checked += 1
        expected = brute_force_irr(flows)
        got = returns.xirr(flows)
        assert got == pytest.approx(expected, abs=1e-7), flows
        assert abs(npv(got, flows)) < 1e-6 * sum(abs(a) for _, a in flows)
    assert checked >= 50


def _sign_changes(flows, lo=-0.99, hi=10.0, steps=400) -> int:
    signs = [npv(lo + (hi - lo) * k / steps, flows) > 0 for k in range(steps + 1)]
    return sum(a != b for a, b in zip(signs, signs[1:]))


def test_xirr_agrees_with_scipy_when_it_is_installed():
    optimize = pytest.importorskip("scipy.optimize")
    flows = [(date(2020, 1, 2), -5000.0), (date(2020, 7, 1), -2500.0), (date(2021, 3, 15), 1200.0),
             (date(2022, 11, 30), -800.0), (date(2024, 6, 28), 9100.0)]
    assert returns.xirr(flows) == pytest.approx(optimize.brentq(npv, -0.9, 5.0, args=(flows,)), abs=1e-9)


def test_xirr_of_flows_with_two_rates_is_the_one_nearest_zero():
    # -1000 (1+r)^2 + 2500 (1+r) - 1540 = -1000 (1+r - 1.1)(1+r - 1.4): both 10 % and 40 % solve it
    flows = [(date(2021, 1, 1), -1000.0), (date(2022, 1, 1), 2500.0), (date(2023, 1, 1), -1540.0)]
    assert npv(0.4, flows) == pytest.approx(0, abs=1e-9)
    assert returns.xirr(flows) == pytest.approx(0.1, abs=1e-9)


@pytest.mark.parametrize("flows", [
    [],
    [(date(2024, 1, 2), -1000.0)],                                          # one flow
    [(date(2024, 1, 2), -1000.0), (date(2024, 6, 3), -50.0)],                # never any money back
    [(date(2024, 1, 2), 10.0), (date(2024, 6, 3), 50.0)],                    # never any money in
    [(date(2024, 1, 2), -1000.0), (date(2024, 1, 2), 1000.0)],               # one day, nets to zero
    [(date(2024, 1, 2), -1.0), (date(2024, 1, 3), 1e9)],                     # beyond +1e8 % a year
])
def test_xirr_is_none_when_no_rate_exists(flows):
    assert returns.xirr(flows) is None


def test_xirr_sums_same_day_flows_and_ignores_their_order():
    flows = [(date(2024, 12, 31), 600.0), (date(2024, 1, 1), -1000.0), (date(2024, 12, 31), 500.0)]
    assert returns.xirr(flows) == pytest.approx(brute_force_irr(sorted(flows)), abs=1e-9)


# --- TWR -------------------------------------------------------------------------------------------
# Two sub-periods with a contribution between them, r_t = (V_t + Out_t) / (V_{t-1} + In_t) - 1:
#   day 0  buy 10 at 100 (1000 in), close 100: V = 1000, r = 1000 / (0 + 1000) - 1 = 0
#   day 1  close 110: V = 1100, r = 1100 / 1000 - 1 = +10 %
#   day 2  buy 10 at 110 (1100 in), close 110: V = 2200, r = 2200 / (1100 + 1100) - 1 = 0
#   day 3  close 99: V = 1980, r = 1980 / 2200 - 1 = -10 %
#   TWR = 1.10 x 0.90 - 1 = -1 %, whatever the size of the contribution
TWR_DAYS = [(1000.0, 1000.0, 0.0), (1100.0, 0.0, 0.0), (2200.0, 1100.0, 0.0), (1980.0, 0.0, 0.0)]


def test_twr_chain_links_daily_returns_around_a_contribution():
    assert returns.twr(TWR_DAYS) == pytest.approx(-0.01, abs=1e-12)


def test_twr_start_of_day_rule_for_an_empty_position():
    # flat, then a same-day round trip: buy 1000, sell for 990: r = (0 + 990) / (0 + 1000) - 1 = -1 %
    assert returns.twr([(0.0, 1000.0, 990.0)]) == pytest.approx(-0.01)
    # a dividend paid while nothing is held has no return of its own, nor a fee booked then
    assert returns.twr([(0.0, 0.0, 5.0)]) is None
    assert returns.twr([(0.0, 3.0, 0.0)]) is None
    # ... and neither breaks the chain: 1000 in, worth 1050, all sold for 1050 (+5 %); a fee of 3
    # while flat is skipped; 500 in again, worth 550 (+10 %): 1.05 x 1.10 - 1
    days = [(1000.0, 1000.0, 0.0), (0.0, 0.0, 1050.0), (0.0, 3.0, 0.0), (500.0, 500.0, 0.0), (550.0, 0.0, 0.0)]
    assert returns.twr(days) == pytest.approx(1.05 * 1.10 - 1, abs=1e-12)
    assert returns.twr([]) is None


def test_twr_money_in_at_the_start_of_the_day_and_out_at_its_end():
    # held 1000; a day with 1000 more in, closing at 2100: the new money shared the day's move,
    # r = 2100 / (1000 + 1000) - 1 = +5 %, not (2100 - 1000) / 1000 - 1 = +10 %
    assert returns.twr([(1000.0, 1000.0, 0.0), (2100.0, 1000.0, 0.0)]) == pytest.approx(0.05, abs=1e-12)
    # held 1000; half sold at the day's close for 550, the rest worth 550: the sold half earned the
    # day's move too, r = (550 + 550) / 1000 - 1 = +10 %
    assert returns.twr([(1000.0, 1000.0, 0.0), (550.0, 0.0, 550.0)]) == pytest.approx(0.10, abs=1e-12)
    # a fee of 10 on a day the holding does not move: r = 1000 / (1000 + 10) - 1
    assert returns.twr([(1000.0, 1000.0, 0.0), (1000.0, 10.0, 0.0)]) == pytest.approx(1000 / 1010 - 1)


def test_annualized_twr():
    # 21 % over two years is 10 % a year: 1.21 ** (365 / 730) - 1
    assert returns.annualized(0.21, 730) == pytest.approx(0.10, abs=1e-12)
    # exactly a year: the rate itself; a day less is under a year and is not annualized (GIPS)
    assert returns.annualized(0.07, 365) == pytest.approx(0.07, abs=1e-12)
    assert returns.annualized(0.07, 364) is None
    assert returns.annualized(-0.01, 3) is None
    assert returns.annualized(0.05, 0) is None
    assert returns.annualized(None, 10) is None
    assert returns.annualized(-1.0, 10) is None


# the same example as positions: the four "days" are closes a quarter apart
D0, D1, D2, D3 = date(2024, 1, 2), date(2024, 4, 2), date(2024, 7, 2), date(2024, 12, 31)


def _twr_book() -> Book:
    return Book(INSTRUMENTS, trades=(Trade("BABA", BUY, D0, D(10), D(100)), Trade("BABA", BUY, D2, D(10), D(110))))


TWR_CLOSES = [(date(2023, 12, 29), D(98)), (D0, D(100)), (D1, D(110)), (D2, D(110)), (D3, D(99))]


def test_position_twr_and_xirr_on_the_hand_example():
    p = ledger.compute_position("BABA", _twr_book(), D3, TWR_CLOSES)
    assert p.twr == pytest.approx(-0.01, abs=1e-12)
    # 364 calendar days from the first trade: under a year, so neither rate is annualized
    assert (p.period_days, p.annualized, p.twr_annualized, p.xirr) == (364, False, None, None)
    # money-weighted over the period itself: -1000 on D0, -1100 on D2, +1980 (20 x 99) on D3,
    # solved with the period (364 days) as the unit of time
    flows = [(D0, -1000.0), (D2, -1100.0), (D3, 1980.0)]
    assert p.xirr_period == pytest.approx((1 + brute_force_irr(flows)) ** (364 / 365) - 1, rel=1e-7)
    # a day later the period is a year: both are annualized
    later = ledger.compute_position("BABA", _twr_book(), D3 + timedelta(days=1), TWR_CLOSES)
    assert later.annualized and later.twr_annualized == pytest.approx(-0.01, abs=1e-12)
    flows[-1] = (D3 + timedelta(days=1), 1980.0)
    assert later.xirr == pytest.approx(brute_force_irr(flows), rel=1e-7)
    assert later.xirr_period == pytest.approx(later.xirr, rel=1e-9)     # a period of 365 days
    assert ledger.cash_flows("BABA", _twr_book(), D3) == [(D0, D(-1000)), (D2, D(-1100))]


def test_a_day_without_a_close_uses_the_most_recent_price_seen():
    # closes of days 1 and 2 missing. Day 2 has a trade at 110, more recent than the day-0 close:
    # V = 20 x 110 = 2200 with 1100 in at the start of the day on top of the 1000 held since day 0,
    # r = 2200 / (1000 + 1100) - 1; day 3: 1980 / 2200 - 1 = -10 %
    closes = [c for c in TWR_CLOSES if c[0] not in (D1, D2)]
    p = ledger.compute_position("BABA", _twr_book(), D3, closes)
    assert p.twr == pytest.approx(2200 / 2100 * 0.9 - 1, abs=1e-12)
    # a flow on a day with neither a close nor a trade (a fee) carries the last close (110 of day 2)
    with_fee = Book(INSTRUMENTS, trades=_twr_book().trades, fees=(Fee("BABA", date(2024, 9, 1), D(22)),))
    p = ledger.compute_position("BABA", with_fee, D3, TWR_CLOSES)
    # 2024-09-01: V = 2200 (unchanged), r = 2200 / (2200 + 22) - 1; then 1980 / 2200 - 1
    assert p.twr == pytest.approx(1.1 * (2200 / 2222) * 0.9 - 1, abs=1e-12)


def test_trade_prices_stand_in_before_the_first_close():
    # prices start on D3 only: D0 is valued at the trade price 100 and D2 at 110
    p = ledger.compute_position("BABA", _twr_book(), D3, [(D3, D(99))])
    # day 0: 1000/1000 - 1 = 0; day 2: 2200/(1000 + 1100) - 1; day 3: 1980/2200 - 1 = -10 %
    assert p.twr == pytest.approx(2200 / 2100 * 0.9 - 1, abs=1e-12)


def test_sells_and_dividends_are_money_out_for_xirr_and_twr():
    b = Book(INSTRUMENTS, trades=(Trade("BABA", BUY, date(2023, 1, 3), D(10), D(100), D(1)),
                                  Trade("BABA", SELL, date(2023, 7, 3), D(5), D(120), D(1))),
             dividends=(Dividend("BABA", date(2023, 12, 1), D(10), D(1)),))
    closes = [(date(2023, 1, 3), D(100)), (date(2023, 7, 3), D(120)), (date(2023, 12, 1), D(110)),
              (date(2024, 1, 3), D(115))]
    p = ledger.compute_position("BABA", b, date(2024, 1, 3), closes)
    flows = ledger.cash_flows("BABA", b, date(2024, 1, 3))
    # buy -(1000 + 1); sell +(600 - 1); dividend +(10 - 1)
    assert flows == [(date(2023, 1, 3), D(-1001)), (date(2023, 7, 3), D(599)), (date(2023, 12, 1), D(9))]
    terminal = [(date(2024, 1, 3), 5 * 115.0)]
    assert p.xirr == pytest.approx(brute_force_irr([(d, float(a)) for d, a in flows] + terminal), abs=1e-8)
    # TWR: day 0 1000/(0 + 1001) - 1; sell day (600 + 599)/1000 - 1... chained by hand:
    r = [1000 / 1001, (600 + 599) / 1000, (550 + 9) / 600, 575 / 550]
    expected = r[0] * r[1] * r[2] * r[3] - 1
    assert p.twr == pytest.approx(expected, abs=1e-12)


def test_conversion_moves_value_between_the_two_positions_at_the_giving_close():
    b = Book(INSTRUMENTS, trades=(Trade("BABA", BUY, date(2024, 1, 2), D(10), D(70)),),
             conversions=(Conversion(date(2024, 2, 1), "BABA", "9988.HK", D(10), D(2), D("7.8")),))
    baba_closes = [(date(2024, 1, 2), D(70)), (date(2024, 2, 1), D(72))]
    hk_closes = [(date(2024, 2, 1), D("70.5")), (date(2024, 3, 1), D(75))]
    others = {"BABA": baba_closes, "9988.HK": hk_closes}
    baba = ledger.cash_flows("BABA", b, date(2024, 3, 1), baba_closes, other_closes=others)
    hk = ledger.cash_flows("9988.HK", b, date(2024, 3, 1), hk_closes, other_closes=others)
    # out of BABA at 10 x 72 = 720 USD; into 9988.HK as (720 + 2 fee) x 7.8 = 5631.60 HKD
    assert baba == [(date(2024, 1, 2), D(-700)), (date(2024, 2, 1), D(720))]
    assert hk == [(date(2024, 2, 1), D("-5631.60"))]
    p = ledger.compute_position("9988.HK", b, date(2024, 3, 1), hk_closes, other_closes=others)
    # 80 shares x 75 = 6000 a month (29 days) after 5631.60 went in: not annualized
    assert p.xirr is None and p.xirr_period == pytest.approx(6000 / 5631.6 - 1, rel=1e-9)
    assert p.twr == pytest.approx(6000 / 5631.6 - 1, rel=1e-9)
    # without the giving listing's closes the carried cost (700 + 2) x 7.8 stands in
    assert ledger.cash_flows("9988.HK", b, date(2024, 3, 1), hk_closes) == [(date(2024, 2, 1), D("-5475.60"))]


# --- real prices ------------------------------------------------------------------------------------
def _real_baba_closes():
    import csv

    from tests.shared_data import shared_file
    from tracker.domain.money import to_decimal
    with open(shared_file("prices_BABA_daily.csv"), newline="") as f:
        return [(date.fromisoformat(r["Date"]), to_decimal(float(r["Close"]))) for r in csv.DictReader(f)]


def test_ipo_buy_held_through_the_2019_subdivision_on_real_prices():
    from tracker.domain.model import RATIO_CHANGE, SPLIT, CorporateAction
    closes = _real_baba_closes()
    ipo_day, ipo_close = closes[0]
    assert (ipo_day, ipo_close) == (date(2014, 9, 19), D("93.889999"))
    actions = (CorporateAction("9988.HK", date(2019, 7, 30), SPLIT, D(8)),
               CorporateAction("BABA", date(2019, 7, 30), RATIO_CHANGE, D(8)))
    b = Book(INSTRUMENTS, trades=(Trade("BABA", BUY, ipo_day, D(10), ipo_close),), actions=actions)
    end_day, end_close = closes[-1]
    p = ledger.compute_position("BABA", b, end_day, closes)
    # still 10 ADS after 2019 (they stood for 10 ordinary shares then, 80 now)
    assert (p.shares, p.cost_basis, p.last_price_date) == (D(10), D("938.89999"), date(2024, 3, 8))
    assert p.market_value == 10 * end_close and p.unrealized_pnl == 10 * (end_close - ipo_close)
    for day in (ipo_day, end_day):
        assert ledger.ads_equivalent({"BABA": D(10)}, b, day) == 10
    # buy and hold at a close with no fee: TWR is the price change, XIRR its yearly rate; no jump
    # on 2019-07-30, where neither the ADS count nor the ADS price moved
    growth = float(end_close / ipo_close)
    assert p.twr == pytest.approx(growth - 1, rel=1e-9)
    days = (end_day - ipo_day).days
    assert p.xirr == pytest.approx(growth ** (365 / days) - 1, rel=1e-7)
    assert p.twr_annualized == pytest.approx(p.xirr, rel=1e-7)
    # an as-of date on a weekend takes Friday's close
    weekend = ledger.compute_position("BABA", b, date(2019, 8, 3), closes)
    assert weekend.last_price_date == date(2019, 8, 2) and weekend.shares == 10
