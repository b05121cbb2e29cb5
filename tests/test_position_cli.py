"""`tracker position` on the figures that need a word of explanation: stale prices, periods under
a year, and a conversion counted at market value."""
import json
from decimal import Decimal

import pytest

from tests.shared_data import shared_file
from tracker.cli import main


@pytest.fixture
def run(db_path, capsys):
    def _run(*args):
        code = main(["--db", str(db_path), "--create", *args])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out
    return _run


@pytest.fixture
def example(run):
    """The BABA example: 1 bought on 2022-03-14 at 77.76, 100 more on 2022-03-16 at 92.00."""
    run("prices", "import", str(shared_file("prices_BABA_daily.csv")), "--symbol", "BABA")
    for day, quantity, price in (("2022-03-14", "1", "77.76"), ("2022-03-16", "100", "92.00")):
        run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", day, "--quantity", quantity,
            "--price", price)
    return run


def test_a_period_under_a_year_is_not_annualized(example):
    text = example("position", "--symbol", "BABA", "--as-of", "2022-03-31")
    # 76.76 / 77.76 x (101 x 108.80) / (76.76 + 9200) - 1 = +16.93 %
    assert "TWR             +16.93% over 17 days (not annualized: period under a year)" in text
    assert "XIRR            " in text and "over 17 days (not annualized: period under a year)" in text
    pos = json.loads(example("position", "--symbol", "BABA", "--as-of", "2022-03-31", "--json"))
    assert (pos["annualized"], pos["period_days"], pos["xirr"], pos["twr_annualized"]) == (False, 17, None, None)
    assert round(pos["twr"], 4) == 0.1693 and pos["xirr_period"] > 0


def test_a_stale_price_is_said_and_the_rates_end_at_its_date(example):
    text = example("position", "--symbol", "BABA", "--as-of", "2026-12-01")
    assert "! price from 2024-03-08, 998 days old: XIRR and TWR run to 2024-03-08" in text
    assert "last price      73.55 USD (close 2024-03-08, 998 days old)" in text
    pos = json.loads(example("position", "--symbol", "BABA", "--as-of", "2026-12-01", "--json"))
    assert (pos["price_stale"], pos["price_age_days"], pos["returns_to"]) == (True, 998, "2024-03-08")
    then = json.loads(example("position", "--symbol", "BABA", "--as-of", "2024-03-08", "--json"))
    assert then["price_stale"] is False and (pos["xirr"], pos["twr_annualized"]) == (then["xirr"], then["twr_annualized"])


def test_a_conversion_shows_the_total_at_cost_beside_it(example):
    example("convert", "--from", "BABA", "--to", "9988.HK", "--date", "2022-10-24", "--quantity", "1")
    text = example("position", "--symbol", "BABA", "--as-of", "2022-10-24")
    # out at 1 x 63.15 (the BABA close that day) from the first lot (cost 77.76); 100 left at 63.15:
    # 63.15 + 6315 - 9277.76 = -2899.61; at carried cost 6315 - 9200 = -2885.00
    assert "total return    -2,899.61 USD (units converted or transferred at their carried cost: -2,885.00 USD)" in text


def test_after_midnight_in_hong_kong_a_trade_dated_that_day_counts_in_today_s_position(run, monkeypatch):
    """At 20:00 UTC it is already tomorrow in Hong Kong: a 9988.HK trade dated the Hong Kong day
    is accepted, so the position "as of today" (no --as-of) must count it, and its sell's P&L."""
    import time as clock
    from datetime import date, datetime, time, timedelta, timezone

    import tracker.app.tracker as facade

    monkeypatch.setenv("TZ", "UTC")
    clock.tzset()
    evening = datetime.combine(date.today(), time(20, 0), tzinfo=timezone.utc)

    class Evening(datetime):
        @classmethod
        def now(cls, tz=None):
            return evening.astimezone(tz) if tz else evening.replace(tzinfo=None)
    monkeypatch.setattr(facade, "datetime", Evening)
    try:
        hong_kong_day = (date.today() + timedelta(days=1)).isoformat()
        run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2024-03-01", "--quantity", "500",
            "--price", "70")
        run("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", hong_kong_day, "--quantity", "100",
            "--price", "100")
        run("trades", "add", "--symbol", "9988.HK", "--side", "sell", "--date", hong_kong_day, "--quantity", "200",
            "--price", "110")
        pos = json.loads(run("position", "--symbol", "9988.HK", "--json"))
        assert pos["as_of"] == hong_kong_day
        assert pos["shares"] == 400
        assert pos["realized_pnl"] == 200 * 110 - 200 * 70            # first in, first out
        stake = json.loads(run("position", "--combined", "--json"))
        assert stake["as_of"] == hong_kong_day and stake["shares"] == 50          # 400 shares = 50 ADS
    finally:
        monkeypatch.delenv("TZ")
        clock.tzset()


def test_the_combined_stake_in_json_gives_money_to_the_cent(example):
    """HKD amounts turned into USD (or back) carry many decimals; the JSON says what the text
    says: totals to the cent, per-unit figures to four places."""
    example("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2022-03-15", "--quantity", "300",
            "--price", "97.35", "--fee", "13")
    for currency in ("USD", "HKD"):
        stake = json.loads(example("position", "--combined", "--as-of", "2022-03-31", "--currency", currency,
                                   "--json"))
        for key in ("cost_basis", "market_value", "unrealized_pnl", "realized_pnl", "total_return"):
            assert round(stake[key], 2) == stake[key], (currency, key, stake[key])
        for key in ("average_cost", "last_price"):
            assert round(stake[key], 4) == stake[key], (currency, key, stake[key])
        text = example("position", "--combined", "--as-of", "2022-03-31", "--currency", currency)
        assert f"{stake['cost_basis']:,.2f}" in text


def test_the_stake_says_its_listings_are_priced_on_different_days(example):
    """BABA's prices end on 2024-03-08, 9988.HK's on 2025-07-18: the stake's value per ADS-eq
    mixes the two, and says so instead of naming one date as if it covered both."""
    example("prices", "import", str(shared_file("prices_9988HK_daily.csv")), "--symbol", "9988.HK")
    example("trades", "add", "--symbol", "9988.HK", "--side", "buy", "--date", "2022-03-15", "--quantity", "300",
            "--price", "97.35")
    text = example("position", "--combined", "--as-of", "2025-07-18")
    assert "value / ADS-eq" in text and "(prices 2024-03-08 to 2025-07-18" in text
    stake = json.loads(example("position", "--combined", "--as-of", "2025-07-18", "--json"))
    assert (stake["last_price_date"], stake["newest_price_date"]) == ("2024-03-08", "2025-07-18")
    one = json.loads(example("position", "--combined", "--as-of", "2024-03-08", "--json"))
    assert one["newest_price_date"] is None              # both priced on the same day


def test_an_xirr_no_rate_fits_reads_as_a_dash_not_as_a_dash_a_year():
    from types import SimpleNamespace
    from tracker.commands.position import _rates
    unsolved = SimpleNamespace(annualized=True, xirr=None, twr=Decimal("0.25"), twr_annualized=Decimal("0.1"))
    xirr, twr = _rates(unsolved)
    assert xirr == "-" and twr == "+25.00% (+10.00% a year)"
