"""The dividend dialog proposes what Alibaba declared × the units held before the ex-date."""
from datetime import date
from decimal import Decimal as D

import pytest

from tracker.domain.model import Dividend, Trade


@pytest.fixture
def dialog_for(qtbot, tracker):
    from tracker.ui.trade_dialog import DividendDialog, to_qdate
    saved = []

    def make(symbol, day, dividend=None):
        dialog = DividendDialog(tracker, saved.append, symbol=symbol, dividend=dividend)
        qtbot.addWidget(dialog)
        if dividend is None:
            dialog.date.setDate(to_qdate(day))
        dialog.saved = saved
        return dialog
    return make


def test_a_new_dividend_is_proposed_from_the_declared_amount(tracker, dialog_for):
    tracker.add_trade(Trade("BABA", "buy", date(2025, 1, 2), D(100), D("85")))
    dialog = dialog_for("BABA", date(2025, 7, 3))
    # FY2025: US$1.05 annual + US$0.95 special per ADS, ex-date 2025-06-12, on 100 ADS
    assert dialog.gross.text() == "200" and dialog.currency.currentData() == "USD"
    assert dialog.note.text() == "FY2025 annual + special dividend"
    assert dialog.declared.text() == ("Declared: FY2025 annual + special dividend, ex-date 2025-06-12: "
                                      "2.00 USD per ADS × 100 ADS held = 200.00 USD (primary source)")
    assert dialog.declared_warning.isHidden() and dialog.save_button.isEnabled()
    dialog.withholding.setText("20")
    dialog._edited("withholding")
    dialog.save_button.click()
    assert dialog.saved == [Dividend("BABA", date(2025, 7, 3), D(200), D(20), note="FY2025 annual + special dividend")]


def test_a_typed_gross_stays_and_the_declared_one_is_a_click_away(tracker, dialog_for):
    tracker.add_trade(Trade("9988.HK", "buy", date(2026, 6, 9), D(8000), D("120")))
    dialog = dialog_for("9988.HK", date(2026, 7, 6))
    assert dialog.gross.text() == "1050"                           # 8,000 shares × US$0.13125
    assert "0.13125 USD per share × 8,000 shares held" in dialog.declared.text()
    assert "(secondary source)" in dialog.declared.text()          # FY2026: from a price file's column
    dialog.gross.setText("1000")
    dialog._edited("gross")
    assert not dialog.use_declared.isHidden() and dialog.use_declared.text() == "Use 1,050.00 USD"
    dialog.date.setDate(dialog.date.date().addDays(1))             # the user's figure is kept
    assert dialog.gross.text() == "1000"
    dialog.use_declared.click()
    assert dialog.gross.text() == "1050" and dialog.use_declared.isHidden()


def test_a_gross_far_from_the_declared_amount_is_warned_about_and_still_saves(tracker, dialog_for):
    tracker.add_trade(Trade("BABA", "buy", date(2025, 1, 2), D(100), D("85")))
    dialog = dialog_for("BABA", date(2025, 7, 3))                  # 200.00 USD declared on 100 ADS
    dialog.gross.setText("20000")                                  # two digits too many
    dialog._edited("gross")
    assert dialog.warning.text() == ("A gross of 20,000.00 USD is far from the 200.00 USD the FY2025 annual + "
                                     "special dividend pays on the 100 BABA held at its ex-date 2025-06-12: "
                                     "is it right?")
    assert dialog.save_button.isEnabled()
    dialog.gross.setText("180")                                    # a partial payment, say: near enough
    dialog._edited("gross")
    assert "far from" not in dialog.warning.text()


def test_a_gross_in_hong_kong_dollars_is_judged_at_the_peg(tracker, dialog_for):
    """The US-dollar figure typed as Hong Kong dollars is an eighth of what arrived: warned about,
    with the declared amount in both currencies."""
    tracker.add_trade(Trade("9988.HK", "buy", date(2025, 1, 2), D(800), D("85")))
    dialog = dialog_for("9988.HK", date(2025, 7, 3))                # 0.25 USD a share on 800 shares
    dialog.currency.setCurrentIndex(dialog.currency.findData("HKD"))
    dialog.gross.setText("200")
    dialog._edited("gross")
    assert dialog.warning.text() == ("A gross of 200.00 HKD is far from the 1,560.00 HKD (200.00 USD) the "
                                     "FY2025 annual + special dividend pays on the 800 9988.HK held at its "
                                     "ex-date 2025-06-11: is it right?")
    dialog.gross.setText("1560")
    dialog._edited("gross")
    assert "far from" not in dialog.warning.text()


def test_warnings_do_not_block_saving(tracker, dialog_for):
    tracker.add_trade(Trade("BABA", "buy", date(2026, 6, 11), D(10), D("120")))   # on the ex-date
    late = dialog_for("BABA", date(2026, 7, 1))
    assert late.declared_warning.text().startswith("You held no BABA at the FY2026 annual dividend's ex-date")
    assert late.gross.text() == ""
    late.gross.setText("10.50")
    late._edited("gross")
    assert late.save_button.isEnabled()
    nowhere = dialog_for("BABA", date(2026, 3, 2))
    assert nowhere.declared.isHidden()
    assert "No dividend Alibaba declared went ex in the 60 days up to 2026-03-02" in nowhere.declared_warning.text()


def test_editing_a_dividend_leaves_its_figures_alone(tracker, dialog_for):
    tracker.add_trade(Trade("BABA", "buy", date(2023, 6, 1), D(100), D("85")))
    old = tracker.add_dividend(Dividend("BABA", date(2024, 1, 11), D(90), note="FY2023"))
    dialog = dialog_for("BABA", None, dividend=old)
    assert (dialog.gross.text(), dialog.note.text()) == ("90", "FY2023")
    assert "FY2023 annual dividend, ex-date 2023-12-20" in dialog.declared.text()
    assert dialog.use_declared.text() == "Use 100.00 USD" and not dialog.use_declared.isHidden()


def test_the_proposed_gross_follows_the_currency_chosen(tracker, dialog_for):
    """Switching a new dividend to HKD turns the proposal into HKD at the peg, rather than leaving
    the US-dollar figure to be read as Hong Kong dollars (the mistake the warning is about)."""
    tracker.add_trade(Trade("9988.HK", "buy", date(2025, 1, 2), D(800), D("85")))
    dialog = dialog_for("9988.HK", date(2025, 7, 3))                # 0.25 USD a share on 800 shares
    assert dialog.gross.text() == "200" and dialog.currency.currentData() == "USD"
    dialog.currency.setCurrentIndex(dialog.currency.findData("HKD"))
    assert dialog.gross.text() == "1560" and dialog.warning.text() == ""
    dialog.date.setDate(dialog.date.date().addDays(1))              # still HKD, still proposed
    assert dialog.currency.currentData() == "HKD" and dialog.gross.text() == "1560"


def test_a_payout_recorded_already_is_warned_about_and_still_saves(tracker, dialog_for):
    tracker.add_trade(Trade("BABA", "buy", date(2025, 1, 2), D(100), D("85")))
    tracker.add_dividend(Dividend("BABA", date(2025, 7, 3), D(200), D(20)))
    dialog = dialog_for("BABA", date(2025, 7, 10))                 # the same FY2025 payout
    assert dialog.warning.text() == ("The FY2025 annual + special dividend of BABA is recorded already: 2025-07-03, "
                                     "net 180.00 USD. Saved again it is counted twice, unless it was a second "
                                     "payment.")
    assert dialog.save_button.isEnabled()
    edit = dialog_for("BABA", None, dividend=tracker.dividends("BABA")[0])   # itself is not a second one
    assert "recorded already" not in edit.warning.text()
