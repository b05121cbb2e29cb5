"""A split a provider reports is recorded only when the user confirms it, and then moves every
figure as a split does; implausible or repeated splits are refused by field."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.ui.conftest import make_window, settings_path  # noqa: F401 (fixtures)
from tracker.domain.model import SPLIT, CorporateAction, Trade
from tracker.errors import ValidationError
from tracker.online.base import ProviderEvent


def test_a_reported_split_is_a_suggestion_until_confirmed(tracker):
    tracker.add_trade(Trade("9988.HK", "buy", date(2024, 3, 1), Decimal(100), Decimal("70"), Decimal(0)))
    event = ProviderEvent("9988.HK", "split", date(2024, 6, 3), numerator=2, denominator=1)
    suggestion = tracker.price_updates.suggestion(event)
    assert suggestion == CorporateAction("9988.HK", date(2024, 6, 3), SPLIT, Decimal(2), suggestion.note)
    assert tracker.position("9988.HK", date(2024, 6, 30)).shares == 100        # nothing applied
    tracker.add_split(suggestion)
    # 100 shares at 70 become 200 at 35: the cost stays 7,000
    after = tracker.position("9988.HK", date(2024, 6, 30))
    assert after.shares == 200 and after.cost_basis == Decimal("7000")
    with pytest.raises(ValidationError, match="already recorded"):
        tracker.add_split(suggestion)


def test_implausible_splits_are_refused_by_field(tracker):
    for factor, field in ((Decimal(1), "factor"), (Decimal(5000), "factor")):
        with pytest.raises(ValidationError, match=field):
            tracker.add_split(CorporateAction("BABA", date(2024, 6, 3), SPLIT, factor))
    with pytest.raises(ValidationError, match="symbol"):
        tracker.add_split(CorporateAction("XYZ", date(2024, 6, 3), SPLIT, Decimal(2)))


def test_splits_from_the_command_line(db_path, capsys):
    from tracker.cli import main
    assert main(["--db", str(db_path), "--create", "splits", "add", "--symbol", "9988.HK", "--date",
                 "2024-06-03", "--factor", "2"]) == 0
    assert "each 9988.HK unit held before 2024-06-03 becomes 2" in capsys.readouterr().out
    assert main(["--db", str(db_path), "splits", "list"]) == 0
    listed = capsys.readouterr().out
    assert "2024-06-03" in listed and "2019-07-30" in listed
    assert listed.splitlines()[0].split() == ["id", "date", "listing", "kind", "factor", "note"]
    split_id = next(line.split()[0] for line in listed.splitlines() if "2024-06-03" in line)
    assert main(["--db", str(db_path), "splits", "delete", split_id]) == 0
    assert main(["--db", str(db_path), "splits", "delete", "1"]) == 1        # the 2019 subdivision stays


def test_the_window_records_a_reported_split_only_when_ticked(make_window, qtbot, tmp_path):
    from tracker.online.base import DIVIDEND
    from tracker.ui.price_update import ProviderEventsDialog
    window = make_window()
    window._save_new_trade(Trade("9988.HK", "buy", date(2024, 3, 1), Decimal(100), Decimal("70"), Decimal(0)))
    events = [ProviderEvent("9988.HK", "split", date(2024, 6, 3), numerator=2, denominator=1),
              ProviderEvent("9988.HK", DIVIDEND, date(2024, 6, 13), amount=0.2)]
    report = type("Report", (), {"provider": "yahoo", "events": events})()
    updates = window.tracker.price_updates
    dialog = ProviderEventsDialog(report, [(e, updates.suggestion(e)) for e in events], window)
    split_box = dialog.boxes[0][0]
    assert split_box.isEnabled() and not split_box.isChecked()
    assert "each 9988.HK unit held before 2024-06-03 becomes 2" in split_box.text()
    dialog.grab().save(str(tmp_path / "events.png"))
    split_box.setChecked(True)
    window.online._record(dialog.chosen())
    assert window.tracker.position("9988.HK", date(2024, 6, 30)).shares == 200
    assert window.summary.cards["9988.HK"].figure_text("shares") == "200"
