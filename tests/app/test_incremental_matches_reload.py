"""After any sequence of adds, edits, deletes, undos (restores) and conversions, what the facade
answers from its kept state (the book patched in place, the holdings index, the shared timelines,
the cached closes) is what a Tracker opening the same file afresh answers: positions with realized
P&L, XIRR and TWR, the stake, history errors, and every check, to the cent.

Seeded random sequences: a bounded number here; `SEEDS` in the environment runs more."""
import os
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from tracker.app.tracker import Tracker
from tracker.domain import ledger
from tracker.domain.model import BUY, SELL, Conversion, Trade
from tracker.errors import TrackerError

TODAY = date(2025, 6, 2)
START = date(2024, 1, 2)
SEEDS = int(os.environ.get("SEEDS", "6"))
STEPS = 40


def _closes(t: Tracker) -> None:
    """Closes of both listings on weekdays, so positions have market values and TWR its rows."""
    import numpy as np
    from datetime import datetime, timezone

    from tracker.store import prices
    days = [START + timedelta(days=n) for n in range((TODAY - START).days) if (START + timedelta(days=n)).weekday() < 5]
    ts = np.array([int(datetime(d.year, d.month, d.day, tzinfo=timezone.utc).timestamp()) for d in days], dtype=np.int64)
    rng = np.random.default_rng(3)
    with t.write():
        for symbol, first in (("BABA", 80.0), ("9988.HK", 78.0)):
            c = np.round(first * np.exp(np.cumsum(rng.normal(0, 0.02, len(days)))), 2)
            prices.upsert_bars(t.db, symbol, {"ts": ts, "open": c, "high": c, "low": c, "close": c,
                                              "volume": np.zeros(len(c))})


def _figures(t: Tracker) -> list:
    """What a user reads: both positions (both methods), the stake, and the history problems."""
    out = []
    for symbol in ("BABA", "9988.HK"):
        for method in ("fifo", "average"):
            p = t.position(symbol, method=method)
            out.append((symbol, method, p.shares, p.cost_basis, p.realized_pnl, p.market_value, p.total_return,
                        p.xirr, p.twr, sorted(p.realized_by_trade.items())))
    s = t.stake()
    out.append((s.shares, s.cost_basis, s.realized_pnl, s.market_value, s.xirr, s.twr))
    out.append([e.message for _, e in t.history_problems()])
    return out


def _random_trade(rng: random.Random, trade_id: int | None = None) -> Trade:
    symbol = rng.choice(("BABA", "9988.HK"))
    day = START + timedelta(days=rng.randint(0, (TODAY - START).days - 1))
    return Trade(symbol, rng.choice((BUY, BUY, SELL)), day, D(rng.randint(1, 60)),
                 D(rng.randint(5000, 12000)) / 100, D(rng.randint(0, 300)) / 100, id=trade_id)


def _step(t: Tracker, rng: random.Random, deleted: list[Trade]) -> None:
    """One user action; a refused one (it would oversell) changes nothing, as in the window."""
    trades = t.trades()
    what = rng.choice(("add", "add", "add", "edit", "delete", "undo", "convert"))
    try:
        if what == "add" or not trades and what in ("edit", "delete"):
            t.add_trade(_random_trade(rng))
        elif what == "edit":
            old = rng.choice(trades)
            t.update_trade(replace(_random_trade(rng, old.id), symbol=old.symbol, currency=old.currency),
                           expected=old)
        elif what == "delete":
            deleted.append(t.delete_trade(rng.choice(trades).id))
        elif what == "undo" and deleted:
            t.restore_trade(deleted.pop())
        elif what == "convert":
            source = rng.choice(("BABA", "9988.HK"))
            held = t.position(source).shares
            if held >= 8:
                qty = D(rng.randint(1, int(held // 8))) * (1 if source == "BABA" else 8)
                day = START + timedelta(days=rng.randint(0, (TODAY - START).days - 1))
                t.add_conversion(Conversion(day, source, "9988.HK" if source == "BABA" else "BABA", qty,
                                            D(1), D("7.8") if source == "BABA" else D(1) / D("7.8")))
    except TrackerError:
        pass


@pytest.mark.parametrize("seed", range(SEEDS))
def test_kept_state_answers_as_a_fresh_open_does(tmp_path, seed):
    path = tmp_path / "t.db"
    rng = random.Random(seed)
    with Tracker(path, today=TODAY, make_backups=False) as kept:
        _closes(kept)
        deleted: list[Trade] = []
        for n in range(STEPS):
            _step(kept, rng, deleted)
            kept.poll()
            if n % 8 == 7 or n == STEPS - 1:
                probe = _random_trade(rng)
                edit = replace(_random_trade(rng, kept.trades()[0].id)) if kept.trades() else None
                answers = _figures(kept), kept.check_trade(probe), edit and kept.check_trade(edit, replacing=edit.id)
                ledger.forget_replays()            # nothing the process kept may serve the fresh answers
                with Tracker(path, today=TODAY, make_backups=False, access="read") as fresh:
                    assert answers == (_figures(fresh), fresh.check_trade(probe),
                                       edit and fresh.check_trade(edit, replacing=edit.id))
        assert len(kept.trades()) > 5


@pytest.mark.parametrize("seed", range(max(2, SEEDS // 3)))
def test_a_reader_rebases_another_writers_changes_and_answers_as_a_fresh_open(tmp_path, seed):
    """A window following another process's commits reads the book again and makes it from the
    one before by the entries that changed (its replays resume, its views place only those): what
    it answers is what a fresh open answers."""
    path = tmp_path / "t.db"
    rng = random.Random(100 + seed)
    with Tracker(path, today=TODAY, make_backups=False) as writer:
        _closes(writer)
        for _ in range(12):
            writer.add_trade(replace(_random_trade(rng), side=BUY))
        with Tracker(path, today=TODAY, make_backups=False, access="read") as reader:
            _figures(reader)
            deleted: list[Trade] = []
            rebased = 0
            for n in range(20):
                before = reader.book()
                _step(writer, rng, deleted)
                reader.poll()
                after = reader.book()
                if after is not before:
                    rebased += ledger.edits_between(after, before) is not None
                if n % 5 == 4:
                    answers = _figures(reader)
                    ledger.forget_replays()
                    with Tracker(path, today=TODAY, make_backups=False, access="read") as fresh:
                        assert answers == _figures(fresh)
            assert rebased >= 10
