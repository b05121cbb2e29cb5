"""Accounts through the facade: added, renamed, refused when in use; transfers checked inside the
write like every other entry; positions per account and for all of them."""
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from tracker.app.tracker import Tracker
from tracker.domain.model import Account, Conversion, Dividend, Trade, Transfer
from tracker.errors import TrackerError, ValidationError


@pytest.fixture
def two(tracker):
    """Main buys 10 BABA at 80 and 10 at 90; IBKR (a second account) buys 5 at 100."""
    ibkr = tracker.add_account(Account(None, "IBKR", "Interactive Brokers", "USD", "U1234567"))
    tracker.add_trade(Trade("BABA", "buy", date(2024, 1, 2), D(10), D(80), id=None))
    tracker.add_trade(Trade("BABA", "buy", date(2024, 2, 1), D(10), D(90)))
    tracker.add_trade(Trade("BABA", "buy", date(2024, 1, 15), D(5), D(100), account_id=ibkr.id))
    return tracker, ibkr


def test_a_new_database_has_one_account_main_and_it_is_the_default(tracker):
    assert [(a.id, a.name) for a in tracker.accounts()] == [(1, "Main")]
    assert tracker.account_named(None).name == "Main"
    assert tracker.account_named("main").id == 1


def test_an_unknown_account_is_named_with_the_known_ones(two):
    tracker, _ = two
    with pytest.raises(TrackerError, match=r"account: unknown account 'Futu' \(known: Main, IBKR\)"):
        tracker.account_named("Futu")


def test_accounts_are_unique_by_name_and_broker_id(two):
    tracker, ibkr = two
    with pytest.raises(ValidationError, match="already exists"):
        tracker.add_account(Account(None, "ibkr"))
    with pytest.raises(ValidationError, match="broker id U1234567"):
        tracker.add_account(Account(None, "Second IBKR", external_id="U1234567"))
    renamed = tracker.rename_account(ibkr.id, "Interactive")
    assert [a.name for a in tracker.accounts()] == ["Main", "Interactive"] and renamed.broker == "Interactive Brokers"


def test_an_account_with_activities_cannot_be_deleted_an_empty_one_can(two):
    tracker, ibkr = two
    with pytest.raises(TrackerError, match="IBKR still holds activities"):
        tracker.delete_account(ibkr.id)
    with pytest.raises(TrackerError, match="rename it instead"):
        tracker.delete_account(1)
    spare = tracker.add_account(Account(None, "Spare"))
    tracker.delete_account(spare.id)
    assert [a.name for a in tracker.accounts()] == ["Main", "IBKR"]


def test_an_activity_in_an_account_that_does_not_exist_is_refused(tracker):
    with pytest.raises(ValidationError, match="account: no account with id 7"):
        tracker.add_trade(Trade("BABA", "buy", date(2024, 1, 2), D(1), D(80), account_id=7))
    with pytest.raises(ValidationError, match="account: no account with id 7"):
        tracker.add_dividend(Dividend("BABA", date(2024, 1, 2), D(1), account_id=7))
    with pytest.raises(ValidationError, match="to_account: no account with id 7"):
        tracker.add_conversion(Conversion(date(2024, 1, 2), "BABA", "9988.HK", D(1), fx_rate=D("7.8"),
                                          to_account_id=7))
    assert tracker.trades() == [] and tracker.dividends() == []


def test_positions_per_account_and_for_all(two):
    tracker, ibkr = two
    day = date(2024, 3, 1)
    tracker.add_trade(Trade("BABA", "sell", day, D(5), D(120), account_id=ibkr.id))
    everything = tracker.position("BABA", day)
    main, theirs = tracker.position("BABA", day, account=1), tracker.position("BABA", day, account=ibkr.id)
    # IBKR's sell consumes IBKR's own lot at 100: 600 - 500 = +100, though Main's lot at 80 is older
    assert (theirs.shares, theirs.realized_pnl) == (0, 100)
    assert (main.shares, main.cost_basis) == (20, 1700)
    assert (everything.shares, everything.cost_basis, everything.realized_pnl) == (20, 1700, 100)
    assert tracker.active_listings(ibkr.id) == ["BABA"]
    assert [p.account_id for p in tracker.positions(day, account=ibkr.id)] == [ibkr.id]


def test_a_transfer_is_checked_inside_the_write_and_named_by_the_account(two):
    tracker, ibkr = two
    with pytest.raises(ValidationError) as refused:
        tracker.add_transfer(Transfer(date(2024, 1, 20), "BABA", D(8), ibkr.id, 1))
    assert [str(e) for e in refused.value.errors] == [
        "quantity: transfer of 8 BABA on 2024-01-20 exceeds the 5 held then in IBKR"]
    with pytest.raises(ValidationError, match="to: a transfer moves units to another account"):
        tracker.add_transfer(Transfer(date(2024, 1, 20), "BABA", D(1), 1, 1))
    moved = tracker.add_transfer(Transfer(date(2024, 2, 5), "BABA", D(15), 1, ibkr.id, fee=D(3)))
    assert moved.currency == "USD" and tracker.transfers() == [moved]
    lots = tracker.position("BABA", date(2024, 2, 5), account=ibkr.id)
    # 10 at 80, 5 of the 90 lot, the 5 bought at 100, and the fee: 800 + 450 + 500 + 3
    assert (lots.shares, lots.cost_basis) == (20, 1753)


def test_deleting_a_transfer_a_later_sell_needs_is_refused_with_the_reason(two):
    tracker, ibkr = two
    moved = tracker.add_transfer(Transfer(date(2024, 2, 5), "BABA", D(10), 1, ibkr.id))
    tracker.add_trade(Trade("BABA", "sell", date(2024, 3, 1), D(12), D(120), account_id=ibkr.id))
    with pytest.raises(ValidationError, match="sell of 12 BABA on 2024-03-01 exceeds the 5 held then in IBKR"):
        tracker.delete_transfer(moved.id)
    with pytest.raises(ValidationError):
        tracker.update_transfer(replace(moved, quantity=D(6)))
    tracker.update_transfer(replace(moved, quantity=D(7)))
    assert tracker.transfers()[0].quantity == 7


def test_the_book_after_a_change_is_the_book_read_back(two, tmp_path):
    tracker, ibkr = two
    tracker.add_transfer(Transfer(date(2024, 2, 5), "BABA", D(10), 1, ibkr.id))
    tracker.rename_account(ibkr.id, "Interactive")
    kept = tracker.book()
    with Tracker(tracker.path, access="read") as fresh:
        assert fresh.book().transfers == kept.transfers and fresh.book().accounts == kept.accounts


def test_changes_say_an_account_changed(two):
    tracker, ibkr = two
    tracker.poll()
    tracker.rename_account(ibkr.id, "Interactive")
    changes = tracker.poll()
    assert changes.touches_accounts() and not changes.activities
    tracker.add_transfer(Transfer(date(2024, 2, 5), "BABA", D(1), 1, ibkr.id))
    assert tracker.poll().activities == {"BABA"}


def test_an_account_is_found_by_the_brokers_own_id(two):
    tracker, ibkr = two
    assert tracker.account_with_external_id("U1234567") == ibkr
    assert tracker.account_with_external_id("U7654321") is None


def test_dividends_fees_and_transfers_carry_an_import_key_like_trades(two):
    from tracker.domain.model import Fee
    from tracker.store import ledger_rows as rows
    tracker, ibkr = two
    with tracker.write():
        rows.insert_dividend(tracker.db, Dividend("BABA", date(2024, 7, 11), D(10), account_id=ibkr.id),
                             import_key="ibkr:tx:1")
        rows.insert_fee(tracker.db, Fee("BABA", date(2024, 7, 11), D(1), "USD", account_id=ibkr.id),
                        import_key="ibkr:tx:2")
        rows.insert_transfer(tracker.db, Transfer(date(2024, 2, 5), "BABA", D(1), 1, ibkr.id), import_key="ibkr:x:1")
    assert rows.existing_import_keys(tracker.db, ["ibkr:tx:1", "ibkr:tx:2"], "dividends") == {"ibkr:tx:1"}
    assert rows.existing_import_keys(tracker.db, ["ibkr:tx:1", "ibkr:tx:2"], "fees") == {"ibkr:tx:2"}
    assert rows.existing_import_keys(tracker.db, ["ibkr:x:1"], "transfers") == {"ibkr:x:1"}
    with pytest.raises(Exception, match="UNIQUE"):        # the same broker row never lands twice
        with tracker.write():
            rows.insert_dividend(tracker.db, Dividend("BABA", date(2024, 7, 12), D(10)), import_key="ibkr:tx:1")
    assert [d.account_id for d in tracker.dividends()] == [ibkr.id]


@pytest.mark.parametrize("name, reason", [("", "needs a name"), (" IBKR", "starts or ends with a space"),
                                          ("IB\nKR", "control character"), ("x" * 61, "at most 60"),
                                          ("IB\u2028KR", "control character"),      # line separator
                                          ("IB\u202eKR", "control character")])     # right-to-left override
def test_an_account_name_that_cannot_be_shown_on_one_line_is_refused(tracker, name, reason):
    with pytest.raises(ValidationError, match=reason):
        tracker.add_account(Account(None, name))
    assert [a.name for a in tracker.accounts()] == ["Main"]


@pytest.mark.parametrize("broker, external_id, reason", [
    ("Interactive\nBrokers", None, "broker: holds a control character"),
    ("b" * 61, None, "broker: at most 60 characters"),
    ("", "U1\n2", "external_id: holds a control character"),
    ("", " U1234567", "external_id: starts or ends with a space"),
    ("", "U" * 41, "external_id: at most 40 characters")])
def test_an_account_s_broker_and_broker_id_are_one_line_too(tracker, broker, external_id, reason):
    """Both show beside the name (the Accounts dialog, the account fields, `accounts list`)."""
    with pytest.raises(ValidationError, match=reason):
        tracker.add_account(Account(None, "IBKR", broker, external_id=external_id))
    assert [a.name for a in tracker.accounts()] == ["Main"]
