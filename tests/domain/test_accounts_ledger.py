"""Lots per account: FIFO within an account, transfers between accounts, figures per account and for
all of them together. Every expected figure is derived in the comments."""
import csv
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from tests.domain.test_ledger import INSTRUMENTS, SUBDIVISION_2019, buy, sell
from tests.shared_data import shared_file
from tracker.domain import gains, ledger
from tracker.domain.ledger import Book, Lot
from tracker.domain.model import Account, Conversion, Dividend, Fee, Transfer

MAIN, IBKR = 1, 2
ACCOUNTS = {MAIN: Account(MAIN, "Main"), IBKR: Account(IBKR, "IBKR", "Interactive Brokers", "USD", "U1234567")}


def in_account(record, account):
    return replace(record, account_id=account)


def two_accounts(trades=(), transfers=(), dividends=(), fees=(), conversions=()) -> Book:
    return Book(INSTRUMENTS, tuple(trades), tuple(dividends), tuple(fees), tuple(conversions), SUBDIVISION_2019,
                tuple(transfers), ACCOUNTS)


# Main buys at 100 then 150; IBKR buys at 200 between them.
LOTS = [in_account(buy(date(2024, 1, 2), 10, "100", id=1), MAIN),    # Main lot: 1000
        in_account(buy(date(2024, 1, 3), 10, "200", id=2), IBKR),    # IBKR lot: 2000
        in_account(buy(date(2024, 1, 4), 10, "150", id=3), MAIN)]    # Main lot: 1500


@pytest.mark.parametrize("account, realized, left", [
    (MAIN, D(400), [Lot(date(2024, 1, 2), D(5), D(500), MAIN), Lot(date(2024, 1, 4), D(10), D(1500), MAIN)]),
    (IBKR, D(-100), [Lot(date(2024, 1, 3), D(5), D(1000), IBKR)]),
])
def test_the_same_sell_in_two_accounts_consumes_each_accounts_own_oldest_lot(account, realized, left):
    # 5 sold at 180: in Main the 100 lot goes (900 - 500 = +400); in IBKR its 200 lot (900 - 1000 = -100),
    # though across accounts the oldest lot is Main's
    sale = in_account(sell(date(2024, 2, 1), 5, "180", id=4), account)
    book = two_accounts(LOTS + [sale])
    assert ledger.realized_by_sell("BABA", book) == {4: realized}
    assert ledger.open_lots("BABA", book, date(2024, 2, 1), account=account) == left
    position = ledger.compute_position("BABA", book, date(2024, 2, 1), [], account=account)
    assert position.realized_pnl == realized and position.account_id == account
    everything = ledger.compute_position("BABA", book, date(2024, 2, 1), [])
    assert everything.shares == 25 and everything.realized_pnl == realized
    assert everything.cost_basis == 4500 - (500 if account == MAIN else 1000)


def test_the_average_cost_is_pooled_within_an_account_not_across_them():
    # Main's pool: 2500 / 20 = 125 a unit; 5 sold at 180 realize 900 - 625 = 275 (across both
    # accounts the average would be 4500 / 30 = 150, realizing 150)
    book = two_accounts(LOTS + [in_account(sell(date(2024, 2, 1), 5, "180", id=4), MAIN)])
    main = ledger.compute_position("BABA", book, date(2024, 2, 1), [], method=ledger.AVERAGE, account=MAIN)
    assert main.realized_pnl == 275 and main.average_cost == 125 and main.shares == 15


# Main buys 10 at 100 + 5 fee and 10 at 120; 15 move to IBKR with a 3 fee; IBKR sells 12 at 130.
TRANSFER = Transfer(date(2024, 1, 10), "BABA", D(15), MAIN, IBKR, fee=D(3), currency="USD", id=1)
MOVED = [in_account(buy(date(2023, 3, 1), 10, "100", "5", id=1), MAIN),     # 1005
         in_account(buy(date(2023, 6, 1), 10, "120", id=2), MAIN)]          # 1200


def test_a_transfer_moves_lots_with_their_acquisition_dates_and_cost_and_its_fee():
    book = two_accounts(MOVED, [TRANSFER])
    day = date(2024, 1, 10)
    # the fee is shared by quantity: 3 x 10/15 = 2 on the first lot, the rest (1) on the second
    assert ledger.open_lots("BABA", book, day, account=IBKR) == [
        Lot(date(2023, 3, 1), D(10), D(1007), IBKR), Lot(date(2023, 6, 1), D(5), D(601), IBKR)]
    assert ledger.open_lots("BABA", book, day, account=MAIN) == [Lot(date(2023, 6, 1), D(5), D(600), MAIN)]
    everything = ledger.compute_position("BABA", book, day, [])
    assert (everything.shares, everything.cost_basis, everything.realized_pnl) == (20, 2208, 0)


def test_a_sale_after_a_transfer_keeps_the_acquisition_date_for_gains():
    sale = in_account(sell(date(2024, 3, 1), 12, "130", id=3), IBKR)
    book = two_accounts(MOVED + [sale], [TRANSFER])
    # 10 of the first lot (cost 1007) and 2 of the second (601 x 2/5 = 240.40); proceeds 1560
    lots = gains.closed_lots("BABA", book)
    assert [(lot.bought, lot.quantity, lot.cost, lot.account_id) for lot in lots] == [
        (date(2023, 3, 1), D(10), D("1007.00"), IBKR), (date(2023, 6, 1), D(2), D("240.40"), IBKR)]
    assert ledger.realized_by_sell("BABA", book) == {3: D(1560) - D(1007) - D("240.40")}
    assert gains.closed_lots("BABA", book, account=MAIN) == []


def test_more_than_an_account_holds_is_a_history_error_naming_the_account():
    too_many = replace(TRANSFER, quantity=D(25), id=2)
    book = two_accounts(MOVED + [in_account(sell(date(2024, 2, 1), 16, "130", id=3), IBKR)], [TRANSFER, too_many])
    assert [e.message for e in ledger.history_errors(book)] == [
        "transfer of 25 BABA on 2024-01-10 exceeds the 5 held then in Main",
        # 20 held in all, but only the 15 moved are IBKR's
        "sell of 16 BABA on 2024-02-01 exceeds the 15 held then in IBKR"]


def test_a_conversion_can_deliver_to_another_account():
    convert = Conversion(date(2024, 1, 10), "BABA", "9988.HK", D(5), fx_rate=D("7.8"), id=1,
                         from_account_id=MAIN, to_account_id=IBKR)
    book = two_accounts(MOVED, conversions=[convert])
    held_ibkr = ledger.holdings_on(book, date(2024, 1, 10), account=IBKR)
    held_main = ledger.holdings_on(book, date(2024, 1, 10), account=MAIN)
    assert (held_main["BABA"], held_main["9988.HK"]) == (15, 0)
    assert (held_ibkr["BABA"], held_ibkr["9988.HK"]) == (0, 40)
    # the first lot's 5 units: 1005 x 5/10 = 502.50 USD x 7.8 = 3919.50 HKD
    assert ledger.open_lots("9988.HK", book, date(2024, 1, 10), account=IBKR) == [
        Lot(date(2023, 3, 1), D(40), D("3919.50"), IBKR)]


# --- figures per account and for all accounts, on real closes --------------------------------------
def real_closes() -> list[tuple[date, D]]:
    with shared_file("prices_BABA_daily_2024_2026.csv").open() as f:
        return [(date.fromisoformat(r["date"]), D(r["close"])) for r in csv.DictReader(f)]


HISTORY = [buy(date(2024, 3, 11), 40, "74.86", "4.95", id=1), buy(date(2024, 6, 3), 30, "75.50", "4.95", id=2),
           sell(date(2024, 10, 1), 25, "110.10", "4.95", id=3), buy(date(2025, 1, 6), 20, "84.00", "4.95", id=4),
           sell(date(2025, 3, 3), 30, "130.20", "4.95", id=5)]
DIVIDENDS = [Dividend("BABA", date(2024, 7, 11), D("46.20"), fee=D("2.10"), id=1)]
FEES = [Fee("BABA", date(2024, 12, 31), D("3.50"), "USD", id=1)]
FIGURES = ("shares", "cost_basis", "realized_pnl", "dividends_net", "fees", "market_value", "total_return",
           "total_return_at_cost", "xirr", "twr")


def test_all_accounts_of_a_one_account_book_are_that_account_to_the_cent():
    closes = real_closes()
    book = Book(INSTRUMENTS, tuple(HISTORY), tuple(DIVIDENDS), tuple(FEES), (), SUBDIVISION_2019,
                accounts={MAIN: ACCOUNTS[MAIN]})
    as_of = date(2025, 6, 30)
    together = ledger.compute_position("BABA", book, as_of, closes)
    main = ledger.compute_position("BABA", book, as_of, closes, account=MAIN)
    assert {f: getattr(together, f) for f in FIGURES} == {f: getattr(main, f) for f in FIGURES}
    assert together.shares == 35 and together.total_return is not None


def test_a_transfer_without_a_fee_changes_no_figure_of_all_accounts_and_the_accounts_add_up():
    closes = real_closes()
    as_of = date(2025, 6, 30)
    # the same history with every unit moved to IBKR on 2024-09-02, where the later trades happen
    moved = Transfer(date(2024, 9, 2), "BABA", D(70), MAIN, IBKR, id=1)
    split = [t if t.trade_date < moved.transfer_date else in_account(t, IBKR) for t in HISTORY]
    one = Book(INSTRUMENTS, tuple(HISTORY), tuple(DIVIDENDS), tuple(FEES), (), SUBDIVISION_2019)
    two = two_accounts(split, [moved], DIVIDENDS, FEES)
    before = ledger.compute_position("BABA", one, as_of, closes)
    after = ledger.compute_position("BABA", two, as_of, closes)
    assert {f: getattr(after, f) for f in FIGURES} == {f: getattr(before, f) for f in FIGURES}
    parts = [ledger.compute_position("BABA", two, as_of, closes, account=a) for a in (MAIN, IBKR)]
    for name in ("shares", "cost_basis", "realized_pnl", "market_value", "total_return"):
        assert sum(getattr(p, name) for p in parts) == getattr(after, name), name
    # the units leave Main at the 2024-08-30 close (the last before the transfer: 2 September was a
    # holiday), money taken out at market value; they arrive in IBKR as money put in at that value
    last_close = next(c for d, c in reversed(closes) if d <= moved.transfer_date)
    assert dict(ledger.cash_flows("BABA", two, as_of, closes, account=MAIN))[moved.transfer_date] == 70 * last_close
    assert dict(ledger.cash_flows("BABA", two, as_of, closes, account=IBKR))[moved.transfer_date] == -70 * last_close
    main, ibkr = parts
    assert main.shares == 0 and ibkr.shares == 35 and ibkr.realized_pnl == before.realized_pnl
    # Main's growth to the transfer is its own (the value leaving is no loss), with its dividend
    # and its custody fee of 2024-12-31
    assert main.total_return == (70 * last_close - (40 * D("74.86") + 30 * D("75.50") + 2 * D("4.95"))
                                 + D("44.10") - D("3.50"))


def test_a_transfer_fee_is_money_put_in_for_all_accounts():
    closes = real_closes()
    as_of = date(2025, 6, 30)
    moved = Transfer(date(2024, 9, 2), "BABA", D(70), MAIN, IBKR, fee=D("25"), currency="USD", id=1)
    one = Book(INSTRUMENTS, tuple(HISTORY), tuple(DIVIDENDS), tuple(FEES), (), SUBDIVISION_2019)
    two = two_accounts([t if t.trade_date < moved.transfer_date else in_account(t, IBKR) for t in HISTORY],
                       [moved], DIVIDENDS, FEES)
    before = ledger.compute_position("BABA", one, as_of, closes)
    after = ledger.compute_position("BABA", two, as_of, closes)
    assert after.total_return == before.total_return - 25
    assert after.total_return_at_cost == before.total_return_at_cost - 25
