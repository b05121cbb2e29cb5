"""Every write validates against the database as committed, undo names its own row, and an
impossible history already stored is reported instead of silently skewing every figure."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.safety.support import tracker_cmd
from tests.ui.conftest import buy
from tracker.errors import TrackerError, ValidationError
from tracker.store.db import connect


def outside(db_path, sql: str, *args) -> None:
    """Another program's commit (an older version, a script), past every check of ours."""
    other = connect(db_path)
    other.execute(sql, list(args))
    other.close()


def test_a_sell_is_checked_against_what_is_committed_not_a_cached_book(tracker, db_path):
    bought = tracker.add_trade(buy(day=date(2019, 6, 3), quantity="100"))
    assert tracker.position("BABA").shares == 100                 # the book is now cached
    outside(db_path, "DELETE FROM trades WHERE id = ?", bought.id)
    with pytest.raises(ValidationError, match="exceeds the 0 held"):
        tracker.add_trade(buy(day=date(2020, 1, 2), quantity="100", side="sell", price="200"))
    assert tracker.trades() == []


def test_row_ids_are_never_handed_out_twice(tracker):
    first = tracker.add_trade(buy())
    tracker.delete_trade(first.id)
    second = tracker.add_trade(buy())
    assert second.id != first.id


def test_undo_refuses_when_its_row_was_changed_elsewhere(tracker, db_path):
    saved = tracker.add_trade(buy(quantity="100"))
    outside(db_path, "UPDATE trades SET quantity = '7' WHERE id = ?", saved.id)
    with pytest.raises(TrackerError, match=f"trade {saved.id} was changed elsewhere"):
        tracker.delete_trade(saved.id, expected=saved)
    with pytest.raises(TrackerError, match="changed elsewhere"):
        tracker.update_trade(replace(saved, quantity=saved.quantity + 1), expected=saved)
    assert [t.quantity for t in tracker.trades()] == [7]


def test_redo_refuses_to_overwrite_a_row_that_took_its_id(tracker):
    saved = tracker.add_trade(buy())
    with pytest.raises(TrackerError, match=f"id {saved.id} already exists"):
        tracker.restore_trade(saved)
    assert len(tracker.trades()) == 1


@pytest.fixture
def oversold(tracker, db_path):
    """buy 10 / sell 100: what two stale windows used to write."""
    tracker.add_trade(buy(day=date(2019, 7, 1), quantity="10", price="160"))
    outside(db_path, "INSERT INTO trades (symbol, side, trade_date, quantity, price, fee, currency) "
                     "VALUES ('BABA', 'sell', '2020-01-02', '100', '200', '0', 'USD')")
    tracker.poll()
    return tracker


def test_a_stored_oversell_is_reported_and_does_not_block_later_valid_trades(oversold):
    problems = oversold.history_problems()
    assert [e.message for _, e in problems] == ["sell of 100 BABA on 2020-01-02 exceeds the 10 held then"]
    later = oversold.add_trade(buy(day=date(2021, 3, 1), quantity="5"))      # accepted
    assert later.id is not None
    with pytest.raises(ValidationError, match="sell of 50 BABA on 2021-06-01 exceeds"):
        oversold.add_trade(buy(day=date(2021, 6, 1), quantity="50", side="sell"))
    # fixing the broken entry itself is judged afresh: still too many is still refused
    broken = problems[0][0]
    with pytest.raises(ValidationError):
        oversold.update_trade(replace(broken, quantity=broken.quantity - 1))
    oversold.update_trade(replace(broken, quantity=Decimal("10")))
    assert oversold.history_problems() == []


def test_the_command_line_warns_and_check_fails_on_an_impossible_history(oversold, db_path):
    oversold.close()
    position = tracker_cmd(db_path, "position")
    assert position.returncode == 0
    assert "warning: trade" in position.stderr and "exceeds the 10 held then" in position.stderr
    check = tracker_cmd(db_path, "check")
    assert check.returncode == 1 and "1 impossible entry" in check.stdout
    assert "pages: ok" in check.stdout


def test_check_names_rows_another_program_wrote_that_cannot_be_used(tracker, db_path):
    tracker.add_trade(buy(quantity="10"))
    outside(db_path, "INSERT INTO trades (symbol, side, trade_date, quantity, price, fee, currency) "
                     "VALUES ('BABA', 'buy', '2025-06-01', '-5', '120', '0', 'USD')")
    tracker.close()
    check = tracker_cmd(db_path, "check")
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert "rows: 1 cannot be read" in check.stdout and "quantity '-5' must be greater than 0" in check.stdout
    position = tracker_cmd(db_path, "position", "--json")
    assert position.returncode == 0


def test_deleting_a_sell_is_judged_by_replay_when_history_already_holds_a_problem(oversold):
    """buy 10 / sell 5 / (stored) sell 100 / sell 5: taking the first sell away lets no stored
    entry through that was not before, but the impossible sell of 100 still blocks nothing: the
    only judge is a replay, and it must find no new problem (and a figure that holds)."""
    first = oversold.add_trade(buy(day=date(2019, 8, 1), quantity="5", side="sell", price="170"))
    oversold.delete_trade(first.id)
    assert [e.message for _, e in oversold.history_problems()] == \
        ["sell of 100 BABA on 2020-01-02 exceeds the 10 held then"]


def test_after_a_sell_is_deleted_an_earlier_impossible_sell_that_now_fits_is_not_hidden(tracker, db_path):
    """buy 20 / sell 10 / (stored) sell 15 / sell 10: without the first sell the 15 fits, and the
    last sell of 10 would then exceed the 5 left: the delete is refused, naming it."""
    tracker.add_trade(buy(day=date(2019, 7, 1), quantity="20", price="160"))
    first = tracker.add_trade(buy(day=date(2019, 8, 1), quantity="10", side="sell", price="170"))
    tracker.add_trade(buy(day=date(2020, 3, 2), quantity="10", side="sell", price="180"))
    outside(db_path, "INSERT INTO trades (symbol, side, trade_date, quantity, price, fee, currency) "
                     "VALUES ('BABA', 'sell', '2020-01-02', '15', '200', '0', 'USD')")
    tracker.poll()
    assert len(tracker.history_problems()) == 1
    with pytest.raises(ValidationError, match="sell of 10 BABA on 2020-03-02 exceeds the 5 held then"):
        tracker.delete_trade(first.id)
    assert len(tracker.trades()) == 4


def test_a_sell_among_the_latest_tenth_of_history_is_judged_by_a_short_replay_and_an_earlier_one_by_the_index(tracker):
    """Right after a save no holdings index fits the new history: a sell dated among the latest
    tenth of it is judged by a replay resumed from the state kept there (the first keystroke
    needs no index built first), an earlier one builds the index; both say what a full replay says."""
    days = [date(2024, 1, 2) + timedelta(days=n) for n in range(20)]
    for day in days:
        tracker.add_trade(buy(day=day, quantity="1"))
    recent = buy(day=days[-2], quantity="20", side="sell")        # the 19th day: 18 held then, 19 by its end
    assert [e.message for e in tracker.check_trade(recent)] == ["sell of 20 BABA on 2024-01-20 exceeds the 19 held then"]
    assert tracker._current_index() is None
    older = buy(day=days[4], quantity="6", side="sell")
    assert [e.message for e in tracker.check_trade(older)] == ["sell of 6 BABA on 2024-01-06 exceeds the 5 held then"]
    assert tracker._current_index() is not None


def test_a_sell_on_the_last_day_is_judged_by_a_short_replay_and_an_earlier_one_by_the_index(tracker):
    """Right after a save no holdings index fits the new history: a sell dated on the last day is
    judged by replaying that day only (the first keystroke needs no index built first), a sell
    dated before it builds the index; both say what a full replay says."""
    tracker.add_trade(buy(day=date(2024, 3, 1), quantity="10"))
    tracker.add_trade(buy(day=date(2024, 3, 4), quantity="5"))
    late = buy(day=date(2024, 3, 4), quantity="16", side="sell")
    assert [e.message for e in tracker.check_trade(late)] == ["sell of 16 BABA on 2024-03-04 exceeds the 15 held then"]
    assert tracker.check_trade(replace(late, quantity=Decimal("15"))) == []
    assert tracker._current_index() is None                      # no index was built for those
    early = buy(day=date(2024, 3, 1), quantity="11", side="sell")
    assert [e.message for e in tracker.check_trade(early)] == ["sell of 11 BABA on 2024-03-01 exceeds the 10 held then"]
    assert tracker._current_index() is not None
    saved = tracker.add_trade(replace(late, quantity=Decimal("15")))
    # editing the sell just saved, still on the last day: a short replay again
    assert [e.message for e in tracker.check_trade(replace(saved, quantity=Decimal("16")), replacing=saved.id)] \
        == ["sell of 16 BABA on 2024-03-04 exceeds the 15 held then"]
    assert tracker._current_index() is None
