"""File ▸ Update prices in the real window: worker thread, progress and Cancel, refusals, the
dividends dialog, freshness on the cards and in the status bar, the providers' settings."""
from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from tests.online.conftest import content
from tests.shared_data import shared_file
from tests.ui.conftest import buy, make_window, settings_path  # noqa: F401 (fixtures)
from tracker.app import price_update
from tracker.app.tracker import Tracker
from tracker.online.http import HttpOptions
from tracker.ui.freshness import FreshnessLine

AFTER_LAST_BAR = date(2026, 10, 12)      # the Monday after the served bars end


@pytest.fixture
def shots(tmp_path) -> Path:
    """Where the dialogs are rendered (TRACKER_SHOTS keeps them for a look)."""
    import os
    folder = Path(os.environ.get("TRACKER_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def held(db_path, monkeypatch):
    """A database with BABA's raw bars through 2024-03-08 and 100 ADS bought before."""
    monkeypatch.setattr(price_update, "HttpOptions", functools.partial(HttpOptions, backoff=(0.01, 0.02)))
    with Tracker(db_path, today=AFTER_LAST_BAR) as t:
        t.import_prices(shared_file("prices_BABA_daily.csv"), "BABA")
        t.add_trade(buy(day=date(2024, 3, 1), price="73.00", fee="0"))
    return db_path


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.busy, timeout=20_000)


def test_the_stale_series_is_flagged_and_its_update_button_fetches_it(make_window, held, market, qtbot):
    window = make_window(today=AFTER_LAST_BAR)
    window.show_figures()                         # the cards (in their tab on a short window)
    line = window.summary.cards["BABA"].findChild(FreshnessLine, "freshness_BABA")
    assert "prices from file prices_BABA_daily.csv" in line.label.text()
    assert line.label.text().startswith("prices from file prices_BABA_daily.csv, updated ")
    assert window.status_freshness.label.toolTip().endswith("last bar 2024-03-08 (650 trading days old)")
    assert line.button.isVisible() and window.status_freshness.button.isVisible()
    assert window.status_freshness.label.text().startswith("⚠ BABA from a file, ")

    qtbot.mouseClick(line.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert window.tracker.last_price_date("BABA") == date(2026, 10, 9)
    assert market.requests and all("/BABA?" in r for r in market.requests)     # that series only
    assert line.label.text().startswith("prices from yahoo, updated ")
    assert not line.button.isVisible() and "last bar" not in line.label.text()
    assert window.status_freshness.label.text().startswith("BABA from yahoo, ")
    assert window.status_prices.text() == "BABA prices through 2026-10-09"
    assert window.summary.cards["BABA"].figure_text("last_price") == "111.37 USD"


def test_update_from_the_menu_offers_dividends_and_records_only_the_ticked_ones(make_window, held, market, qtbot,
                                                                               shots):
    window = make_window(today=AFTER_LAST_BAR)
    window.act_update_prices.trigger()
    wait_idle(qtbot, window)
    assert "Prices from yahoo: 9988.HK 1,363 added, 0 updated, BABA 649 added, 1 updated" in \
        window.statusBar().currentMessage()
    dialog = window.online.events_dialog
    qtbot.waitUntil(dialog.isVisible)
    texts = [box.text() for box, _ in dialog.boxes]
    assert texts[0] == "BABA dividend of 1.66 per unit, ex-date 2024-06-13\n    record 166.00 USD gross, dated 2024-06-13"
    assert all(not box.isChecked() for box, _ in dialog.boxes)            # nothing chosen for the user
    assert not dialog.add_button.isEnabled()
    dialog.grab().save(str(shots / "provider_events.png"))
    dialog.boxes[0][0].setChecked(True)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [(d.pay_date, d.gross) for d in window.tracker.dividends()] == [(date(2024, 6, 13), Decimal("166.00"))]
    window.act_undo.trigger()
    assert window.tracker.dividends() == []


def test_a_failure_is_one_message_and_nothing_is_written(make_window, held, market, qtbot):
    window = make_window(today=AFTER_LAST_BAR)
    before = content(window.tracker)
    market.fail_next(503, times=6)
    window.update_prices(["BABA"])
    wait_idle(qtbot, window)
    assert window.last_error == "Nothing was written.\n\nyahoo: rate limited, try later (HTTP 503 on 3 tries)"
    assert content(window.tracker) == before
    assert window.act_update_prices.isEnabled()


def test_adjusted_bars_ask_first(make_window, held, market, qtbot):
    from tests.online.loopback import Series
    from tracker.importers.prices import parse_price_csv
    market.series["BABA"] = Series.from_parsed(parse_price_csv(shared_file("prices_BABA_daily_2021_2026_adjusted.csv")))
    window = make_window(today=AFTER_LAST_BAR)
    window.tracker.price_updates.save_settings(price_update.OnlineSettings())
    asked = []
    window.confirm = lambda title, text: asked.append(text) or False
    before = content(window.tracker)
    from unittest import mock
    with mock.patch.object(window.tracker.price_updates, "start_for", lambda symbol, start=None: date(2021, 1, 1)):
        window.update_prices(["BABA"])
        wait_idle(qtbot, window)
        assert "adjusted and raw bars would mix" in asked[0] and content(window.tracker) == before
        window.confirm = lambda title, text: True                       # the user says replace
        window.update_prices(["BABA"])
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: not window.busy and window.online.last_report is not None, timeout=20_000)
    assert window.online.last_report.updated == 800


def test_cancel_during_the_fetch_leaves_the_database_as_it_was(make_window, held, market, qtbot, shots):
    window = make_window(today=AFTER_LAST_BAR)
    before = content(window.tracker)
    market.delay = 0.8
    task = window.update_prices()
    progress = window.findChild(QProgressDialog, "importProgress")
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    assert progress.windowTitle() == "Update prices"
    assert progress.labelText().startswith("Fetching 9988.HK, BABA, USDCNY, USDHKD from yahoo")
    progress.grab().save(str(shots / "update_progress.png"))
    [cancel] = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert task.outcome == "cancelled"
    assert window.statusBar().currentMessage() == "Update cancelled: the database is as it was"
    assert content(window.tracker) == before


def test_provider_settings_dialog(make_window, held, market, qtbot, monkeypatch, shots):
    window = make_window(today=AFTER_LAST_BAR)
    dialog = window.provider_settings()
    dialog.urls["stooq"].setText("stooq.example")
    dialog.accept()
    assert "stooq URL: expected a base URL" in dialog.error.text() and dialog.isVisible()
    dialog.urls["stooq"].setText(market.url)
    dialog.provider.setCurrentIndex(dialog.provider.findData("stooq"))
    dialog.on_start.setChecked(True)
    dialog.grab().save(str(shots / "provider_settings.png"))
    dialog.accept()
    saved = window.tracker.price_updates.settings()
    assert (saved.provider, saved.stooq_url, saved.update_on_start) == ("stooq", market.url, True)
    window.close()
    monkeypatch.delenv("TRACKER_STOOQ_URL")
    again = make_window(today=AFTER_LAST_BAR)                   # update at start-up, as asked
    qtbot.waitUntil(lambda: again.tracker.last_price_date("BABA") == date(2026, 10, 9), timeout=20_000)
    assert any("s=baba.us" in r for r in market.requests)


def test_an_adjusted_price_file_is_refused_in_the_import_dialog(make_window, held, shots):
    window = make_window(today=AFTER_LAST_BAR)
    dialog = window.import_prices(shared_file("prices_BABA_daily_2021_2026_adjusted.csv"))
    lines = [dialog.error_list.item(i).text() for i in range(dialog.error_list.count())]
    assert lines == ["close: 800 of 800 stored BABA closes differ by a steady factor (0.950–0.962): "
                     "adjusted and raw bars would mix"]
    assert not dialog.import_button.isEnabled()
    dialog.grab().save(str(shots / "import_adjusted_refused.png"))
    dialog.reject()


def test_a_read_only_window_fetches_nothing_and_follows_the_writers_update(make_window, held, market, qtbot):
    writer = make_window(today=AFTER_LAST_BAR)
    reader = make_window(today=AFTER_LAST_BAR)
    assert reader.tracker.read_only and not reader.act_update_prices.isEnabled()
    line = reader.summary.cards["BABA"].findChild(FreshnessLine, "freshness_BABA")
    assert reader.update_prices(["BABA"]) is None                   # its card's Update button
    assert market.requests == [] and "Read-only" in reader.statusBar().currentMessage()
    writer.update_prices(["BABA"])
    wait_idle(qtbot, writer)
    # the other window notices the commit (its watcher) and shows the new source and bars
    qtbot.waitUntil(lambda: "prices from yahoo" in line.label.text(), timeout=5_000)
    assert reader.tracker.last_price_date("BABA") == date(2026, 10, 9)
