"""The buyback panel: figures on screen, adding and correcting a quarter, the rendered picture."""
from datetime import date
from decimal import Decimal as D

import pytest

from tracker.domain.model import Trade

pytest.importorskip("PySide6")


@pytest.fixture
def panel(qtbot, tracker):
    from tracker.ui.buyback_panel import BuybackPanel
    tracker.add_trade(Trade("BABA", "buy", date(2023, 5, 10), D(1000), D("90.10")))
    tracker.add_trade(Trade("9988.HK", "buy", date(2023, 8, 15), D(8000), D("85.00")))
    widget = BuybackPanel(tracker)
    qtbot.addWidget(widget)
    widget.resize(1200, 950)
    widget.show()
    return widget


def row_of(panel, quarter_end):
    for r in range(panel.table.rowCount()):
        if panel.table.item(r, 0).text() == quarter_end:
            return r
    raise AssertionError(f"{quarter_end} not in the table")


def test_panel_shows_the_stake_and_every_quarter(panel):
    assert panel.objectName() == "buybackPanel"
    assert panel.table.rowCount() == 22                      # every bundled quarter up to today
    # 2,000 ADS-equivalents of 2,319M outstanding (Sep-2025) = 862.441 per billion
    assert "862.441 per billion ADS" in panel.ownership_label.text()
    # accretion since 2023-05-10: 2566 / 2319 − 1 = +10.65%
    assert "+10.65%" in panel.accretion_first_label.text()
    assert "buybacks" in panel.decomposition_label.text() and "your trades" in panel.decomposition_label.text()
    assert "2025-03-31" in panel.pace_label.text()           # why the pace is unknown
    r = row_of(panel, "2023-12-31")
    assert panel.table.item(r, 2).text() == "US$2.9bn"
    assert panel.table.item(r, 5).text() == "1.26%"          # (2531 − 2499) / 2531
    assert panel.table.item(r, 10).text() == "published"


def test_since_date_changes_the_accretion(panel):
    from tracker.ui.qt import QtCore
    panel.since_edit.setDate(QtCore.QDate(2024, 3, 31))
    # 2434 / 2319 − 1 = +4.96%
    assert "+4.96%" in panel.accretion_since_label.text()


def test_as_of_shows_the_runway_and_projection(panel):
    panel.set_as_of(date(2024, 10, 15))
    assert "US$22bn" in panel.remaining_label.text()
    assert "5.0" in panel.runway_label.text()
    assert "2,072M" in panel.projection_label.text()


def test_user_fills_a_missing_quarter(panel, tracker):
    panel.table.selectRow(row_of(panel, "2025-06-30"))
    panel.form_fields["amount_usd"].setText("1.1bn")
    panel.form_fields["shares_repurchased_ads"].setText("13M")
    panel.form_fields["outstanding_ads"].setText("2,325,000,000")
    assert panel.save_form()
    q = tracker.buybacks.quarter(date(2025, 6, 30))
    assert (q.amount_usd, q.shares_repurchased_ads, q.outstanding_ads) == (D("1.1e9"), D("13e6"), D("2325e6"))
    r = row_of(panel, "2025-06-30")
    assert panel.table.item(r, 10).text() == "corrected by you"
    assert panel.table.item(r, 2).text() == "US$1.1bn"
    assert panel.revert_button.isEnabled()
    panel._revert()
    assert tracker.buybacks.quarter(date(2025, 6, 30)).amount_usd is None


def test_bad_input_is_shown_next_to_the_form(panel, tracker):
    panel.form_fields["amount_usd"].setText("a lot")
    assert not panel.save_form()
    assert "Repurchased US$" in panel.form_message.text()
    from tracker.ui.qt import QtCore
    panel.form_quarter.setDate(QtCore.QDate(2025, 12, 30))
    panel.form_fields["amount_usd"].setText("1bn")
    assert not panel.save_form()
    assert "last day of a calendar quarter" in panel.form_message.text()
    assert tracker.buybacks.quarter(date(2025, 12, 30)) is None


def test_double_click_asks_the_chart_to_show_the_quarter(panel, qtbot):
    with qtbot.waitSignal(panel.dateSelected) as signal:
        panel._row_activated(row_of(panel, "2024-03-31"), 0)
    assert signal.args == [date(2024, 3, 31)]


def test_parse_amount():
    from tracker.ui.buyback_panel import parse_amount
    assert parse_amount("2.9bn") == D("2.9e9")
    assert parse_amount("US$ 241M") == D("241e6")
    assert parse_amount("2,499,000,000") == D(2499000000)
    assert parse_amount(" ") is None
    with pytest.raises(ValueError):
        parse_amount("12 apples")


def test_renders(panel, tmp_path):
    path = tmp_path / "buyback_panel.png"
    assert panel.grab().save(str(path))
    assert path.stat().st_size > 20_000
