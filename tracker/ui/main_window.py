"""The main window: position summary, price chart, trades table, earnings and buyback docks.

Everything goes through the facade (`tracker.app.tracker.Tracker`); after any change the summary,
the table, the chart and the panels are refreshed from it. Public entry points:

- `create_window(db_path, settings=None, today=None)`: the real window, for the app, tests and
  benchmarks (a QApplication must exist; `ensure_app()` makes one).
- `run_app(db_path)`: open the window and run the event loop (the `tracker` command).
- `render_screenshot(db_path, out_path, (w, h))`: render the real window offscreen to a PNG.
"""
from __future__ import annotations

import csv
import gc
import html
import os
import sys
import tempfile
from bisect import bisect_right
from datetime import date
from functools import partial
from operator import itemgetter
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from tracker.ui import qt  # (first: binds pyqtgraph to PySide6 before anything imports it)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, QSettings, QSize, Qt, QTimer, qInstallMessageHandler
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDockWidget, QFrame, QHBoxLayout,
                               QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox, QScrollArea, QSizePolicy,
                               QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from tracker.app.changes import EVERYTHING, NOTHING, Changes
from tracker.app.tracker import PREFER_WRITE, WINDOW, Tracker
from tracker.domain import ledger
from tracker.domain.model import BUY, Account, Conversion, Dividend, Fee, Trade, Transfer
from tracker import paths
from tracker.domain.spreadsheet import guard_formula
from tracker.errors import DatabaseProblem, TrackerError, ValidationError
from tracker.ui import formatting as fmt
from tracker.ui.collector import CollectorPause
from tracker.ui import file_dialogs, help_dialogs, messages, preferences, theme, undo
from tracker.ui import reference_text as wording
from tracker.ui.chart import PriceChart
from tracker.ui.chart.markers import BUYBACK, DIVIDEND, EARNINGS, MOVE, EventMarker, TradeMarker
from tracker.ui.entries import chronological, describe
from tracker.ui.fitting_label import FittingLabel
from tracker.ui.freshness import StatusFreshness, show_freshness
from tracker.ui.notice_bar import NoticeBar
from tracker.ui import i18n
from tracker.ui.i18n import tr
from tracker.ui.preferences import Preferences
from tracker.ui.summary import PositionSummary
from tracker.ui.view_options import ViewOptionsBar, period_name
from tracker.ui.trades_view import HEADERS as TABLE_COLUMNS
from tracker.ui.trades_view import TradesView

qt.freeze_loaded_objects()      # the window's modules (and pandas, via sqlite-utils) are in

if TYPE_CHECKING:   # the dialogs and the worker are imported when first used: quicker startup
    from tracker.ui.accounts_dialog import AccountsDialog
    from tracker.ui.import_dialog import ImportRequest, PriceImportDialog
    from tracker.ui.trade_import_dialog import TradeImportDialog
    from tracker.ui.price_update import PriceUpdates
    from tracker.ui.tasks import Task
    from tracker.ui.trade_dialog import ConversionDialog, DividendDialog, FeeDialog, TradeDialog, TransferDialog

APP_NAME = "Tracker"
DESKTOP_ID = "alibaba-tracker"    # the .desktop file's and the icon's name
SETTINGS_VERSION = 1            # bump when the dock layout changes so an old saved state is ignored
DEFAULT_SIZE = (1440, 900)
DOCK_WIDTH = 460             # the earnings table's default columns fit without scrolling sideways
WATCH_INTERVAL_MS = 1000        # how often the window looks for another process's commits
INDEX_AFTER_IDLE_MS = 400       # a change's views and docks are in by then; typing has not begun
WINDOW_WAIT_S = 5.0             # how long a window waits for a command that is writing
EXPORT_COLUMNS = ("date", "symbol", "side", "quantity", "price", "fee", "currency", "note")


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), with its name set and the palette following the system."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)           # the installed menu entry (tracker install-desktop-entry)
    if app.windowIcon().isNull():
        app.setWindowIcon(QIcon(str(paths.resources_dir() / f"{DESKTOP_ID}.svg")))
    theme.follow_system(app)
    return app


def default_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def _freeze_what_is_loaded() -> None:
    """Move every object alive now (the loaded book, bars, views) out of the cyclic garbage
    collector's reach: it would otherwise walk them all again and again while a save allocates,
    about 45 % of a save at 100,000 activities. They are still freed as usual when dropped."""
    gc.freeze()


def create_window(db_path: str | Path | None, *, settings: QSettings | None = None,
                  today: date | None = None, create: bool = True) -> "MainWindow":
    """Open the database (creating it if needed and `create`) and build the window on it (not yet shown)."""
    app = ensure_app()
    settings = settings if settings is not None else default_settings()
    preferences.apply_saved(app, settings)       # the language first: the window is built in it
    tracker = open_for_window(db_path, today, create=create)
    return MainWindow(tracker, settings, today=today)


def open_for_window(db_path: str | Path | None, today: date | None, create: bool = True) -> Tracker:
    """A window writes when no other process does; otherwise it opens read-only and says why.
    A command that is writing (an import) gets a few seconds to finish first."""
    return Tracker(db_path, today=today, access=PREFER_WRITE, holder_kind=WINDOW,
                   wait_s=WINDOW_WAIT_S, create=create)


class MainWindow(QMainWindow):
    def __init__(self, tracker: Tracker, settings: QSettings, today: date | None = None):
        super().__init__()
        self.tracker = tracker
        self._today = today               # a fixed clock (tests), kept for databases opened later
        self.settings = settings
        self.setObjectName("mainWindow")
        self.undo_stack = QUndoStack(self)
        self.current_task: Task | None = None
        self.busy = False
        self.ready = False                # panels and company-event markers loaded (finish_startup)
        self._startup_queued = False
        self._closed = False
        self._handed_over = False         # rebuilt in another language: the new window keeps the tracker
        self._stale_panels: list = []      # docks waiting for their turn to refresh (refresh_panels_later)
        self._panel_turn_queued = False
        self.earnings_panel = None        # EarningsPanel, BuybackPanel: built by finish_startup
        self.buyback_panel = None
        self._reference_markers: dict | None = None
        self._trade_markers: dict[int, tuple[Trade, TradeMarker]] = {}   # trade id -> (trade, its marker)
        self._markers_source: tuple | None = None      # (book, listing, account) they were made for
        self._table_source = None                        # the book the transactions table shows
        self._collector = CollectorPause(lambda: self._closed or self.panels_current())
        self._grey_timer = QTimer(self, singleShot=True)
        self._grey_timer.timeout.connect(self._grey_stale_panels)
        # the holdings index (a back-dated entry's check) built a slice at a time once the window
        # has been idle a moment after a change
        self._index_steps = None
        self._index_timer = QTimer(self, singleShot=True, interval=INDEX_AFTER_IDLE_MS)
        self._index_timer.timeout.connect(self._build_index_slice)
        self.confirm = self._ask          # tests replace it to answer confirmations
        self.last_error: str | None = None
        self._online: PriceUpdates | None = None     # made on first use (File ▸ Update prices)

        self.setAcceptDrops(True)          # a CSV dropped on the window opens its import dialog
        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self._restore_settings()
        self._remember_database()
        # the views are filled right after the first frame (load_views): until then they are empty
        # and the status bar says the database is being read, so the window shows at once
        self.loaded = False
        self.statusBar().showMessage(self.tr("Reading {path}…").format(path=self.tracker.path))
        self.chart.show_reading()
        for widget in (self.view_options, self.summary_area):     # no welcome, no figure yet
            widget.setVisible(False)
        # another process's commits: one pragma a second (and on focus) when nothing changed
        self.watcher = QTimer(self, interval=WATCH_INTERVAL_MS)
        self.watcher.timeout.connect(self.check_outside_changes)
        self.watcher.start()

    # ================================================================================= building ==
    def _build_central(self) -> None:
        self.view_options = ViewOptionsBar(self.tracker.today())
        self.period_results: dict = {}      # listing -> PeriodReturn of the cards' period
        self.gains_dialog = None
        self.summary = PositionSummary()
        self.listing = QComboBox(objectName="chartListing")
        self.listing.setToolTip(self.tr("Listing shown in the chart"))
        for inst in sorted(self.tracker.instruments(), key=lambda i: (i.symbol != "BABA", i.symbol)):
            self.listing.addItem(f"{inst.symbol} — {inst.exchange}, {inst.currency}", inst.symbol)
        self.chart = PriceChart(settings=self.settings)
        self.chart.setObjectName("priceChart")

        chart_bar = QHBoxLayout()
        chart_bar.setContentsMargins(0, 0, 0, 0)
        chart_bar.addWidget(QLabel(self.tr("Chart")))
        chart_bar.addWidget(self.listing)
        chart_bar.addStretch(1)
        chart_area = QWidget(objectName="chartArea")
        chart_layout = QVBoxLayout(chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.setSpacing(4)
        chart_layout.addLayout(chart_bar)
        chart_layout.addWidget(self.chart, 1)

        self.trades_view = TradesView()
        # below the chart: the transactions, and on a short screen the summary cards in a tab beside them
        self.lower = QTabWidget(objectName="lowerTabs")
        self.lower.setDocumentMode(True)
        self.lower.setTabBarAutoHide(True)
        self.lower.addTab(self.trades_view, self.tr("Transactions"))
        self.position_page = QWidget(objectName="positionPage")
        QVBoxLayout(self.position_page).setContentsMargins(0, 4, 0, 0)
        # the cards scroll rather than hold the window taller than a short screen
        self.summary_area = FittingScrollArea(self.summary, objectName="summaryArea")
        self.compact = False
        self._welcome_in_front = False      # the first run's welcome was brought to the front
        self.headline = FittingLabel(objectName="compactHeadline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.linkActivated.connect(lambda _link: self.show_figures())
        self.headline.setVisible(False)
        self.chart_area = chart_area
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="chartTradesSplitter")
        self.splitter.addWidget(chart_area)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.read_only_notice = NoticeBar("readOnlyNotice")
        self.history_notice = NoticeBar("historyNotice")
        self.damaged_notice = NoticeBar("damagedRowsNotice")
        self.location_notice = NoticeBar("locationNotice")
        central = QWidget(objectName="central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(8)
        for notice in (self.read_only_notice, self.history_notice, self.damaged_notice, self.location_notice):
            layout.addWidget(notice)
        layout.addWidget(self.view_options)
        layout.addWidget(self.summary_area)
        layout.addWidget(self.headline)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    # --- short screens ----------------------------------------------------------------------------
    TABLE_ROWS = 8               # transactions the table keeps in view
    CHART_ENOUGH = 450           # px: the chart keeps half the window, up to this much

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()
        QTimer.singleShot(0, self._fit_height)      # again once the layouts have settled

    def _fit_height(self) -> None:
        """On a short window the summary cards (and the bar above them) move into a tab beside
        the transactions, leaving a one-line headline: the chart keeps at least half the height
        (or CHART_ENOUGH) and the table its rows."""
        table = self.trades_view.table
        row = table.verticalHeader().defaultSectionSize()
        chrome = self.lower.height() - table.viewport().height()
        if self.lower.height() <= 0 or table.viewport().height() <= 0:
            return
        lower = chrome + self.TABLE_ROWS * row + 2
        if not self.compact:
            lower += self.lower.tabBar().sizeHint().height()      # the tab bar appears with the tab
        if self.compact and not self.summary.isVisible():        # hidden in its tab: measure anew
            self.summary.arrange_for(self.splitter.width())
        one_row = self.view_options.period.sizeHint().height()      # the bar as one row, above the cards
        cards = one_row + self.summary_area.sizeHint().height() + 8
        rest = self.height() - self.centralWidget().height() + 20    # menus, status bar, margins
        chart = min(self.height() / 2, self.CHART_ENOUGH)
        compact = cards + lower + rest + chart > self.height()
        if compact != self.compact:
            self._set_compact(compact)
        if compact:
            total = sum(self.splitter.sizes())
            chart = max(total - lower, -(-self.height() // 2))     # at least half the window
            if total > 0 and self.splitter.sizes()[1] < total - chart:
                self.splitter.setSizes([chart, total - chart])

    def show_figures(self) -> None:
        """The headline's "All figures": the cards' tab (on a short window; else they are shown)."""
        if self.compact:
            self.lower.setCurrentWidget(self.position_page)

    def _set_compact(self, compact: bool) -> None:
        self.compact = compact
        page = self.position_page.layout()
        central = self.centralWidget().layout()
        if compact:
            page.addWidget(self.view_options)
            page.addWidget(self.summary_area, 1)
            self.lower.addTab(self.position_page, self.tr("Position"))
        else:
            self.lower.removeTab(self.lower.indexOf(self.position_page))
            at = central.indexOf(self.headline)
            central.insertWidget(at, self.view_options)
            central.insertWidget(at + 1, self.summary_area)
        self.view_options.set_stacked(compact)     # half as wide: the dock beside can be wider
        self.headline.setVisible(compact)
        self._update_headline()
        self._show_welcome()

    def _show_welcome(self) -> None:
        """On a short window the cards live in the Position tab: a first run's welcome (its two
        first steps) is brought to the front there, and the first entry then shown in its table."""
        if not self.compact:
            return
        if self.summary.is_empty_state:
            self.lower.setCurrentWidget(self.position_page)
            self._welcome_in_front = True
        elif self._welcome_in_front:
            self._welcome_in_front = False
            self.lower.setCurrentWidget(self.trades_view)

    def _update_headline(self) -> None:
        """The compact headline: each card's market value and total return, on one line; where
        that does not fit, the market values alone, then the first card's (the whole stake)."""
        if not self.compact:
            return
        cards = list(self.summary.cards.values()) if not self.summary.is_empty_state else []
        full = [self.tr("<b>{name}</b> {value} · total {total}").format(
                    name=html.escape(card.headline_name), value=card.figure_text("market_value"),
                    total=card.figure_text("total_return"))
                for card in cards]
        values = [f"<b>{html.escape(card.headline_name)}</b> {card.figure_text('market_value')}" for card in cards]
        link = self.tr('<a href="position">All figures</a>')
        lines = [" \u00a0│\u00a0 ".join([link] + parts) for parts in (full, values, full[:1], values[:1])]
        self.headline.set_texts(list(dict.fromkeys(lines)) if cards else [])
        self.headline.setVisible(bool(cards))

    def _build_docks(self) -> None:
        """Earnings and buybacks share the right dock area as tabs; each panel sits in a scroll
        area so its own minimum size never forces the window larger than the screen."""
        self.earnings_dock = QDockWidget(self.tr("Earnings"), self, objectName="earningsDock")
        self.buyback_dock = QDockWidget(self.tr("Buybacks"), self, objectName="buybackDock")
        for dock in (self.earnings_dock, self.buyback_dock):
            dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
            scroll = QScrollArea(objectName=f"{dock.objectName()}Scroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            # until the panel is built (start-up reads the views first): say so, not a blank dock
            reading = QLabel(self.tr("Reading earnings…") if dock is self.earnings_dock
                             else self.tr("Reading buybacks…"), objectName=f"{dock.objectName()}Reading")
            reading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            reading.setEnabled(False)          # drawn in the greyed text of what is not ready yet
            scroll.setWidget(reading)
            dock.setWidget(scroll)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.tabifyDockWidget(self.earnings_dock, self.buyback_dock)
        self.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
        self.earnings_dock.raise_()
        self.resizeDocks([self.earnings_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.ready and not self._startup_queued:
            self._startup_queued = True
            QTimer.singleShot(0, self._start_up)         # once the first frame is on screen

    def _start_up(self) -> None:
        """The views, then (once they have painted) the rest: the window fills in two steps."""
        if self._closed or self.ready:
            return
        self.load_views()
        QTimer.singleShot(0, self.finish_startup)

    def finish_startup(self) -> None:
        """Fill the views (load_views), then build the earnings and buyback panels and the
        chart's overlays (trades, cost line, company events).

        Reading a large database (100,000 activities, a million bars) takes seconds, and the
        panels need the exchange calendars (slow to load), so the window first paints its frame
        with the views empty, then the summary, the price bars and the trades table, then the rest.
        Idempotent; tests may call it directly.
        """
        if self.ready or self._closed:
            return
        self.load_views()
        self._paint_now()               # the figures on screen while the rest is read
        self.ready = True
        if not self._dock_width_saved:     # first run: the docks' width at the size the window got
            self.resizeDocks([self.earnings_dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self._reference_markers = None
        self._feed_overlays(self.chart_symbol)
        self._paint_now()
        self._make_panels()
        self._update_actions()          # the panels' buttons follow the database's access too
        _freeze_what_is_loaded()
        QTimer.singleShot(0, lambda: self._closed or self.online.on_startup())
        self._index_after_idle()

    def _paint_now(self) -> None:
        """Paint what is filled in so far (start-up reads for seconds at 100,000 activities: what
        is ready shows meanwhile; no input is taken before the rest is in)."""
        if self.isVisible():
            # the layouts first: a readout grown to a second line must not be painted clipped
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.repaint()

    def load_views(self) -> None:
        """Fill the summary, the chart and the transactions table from the database (the first
        frame shows them empty)."""
        if self.loaded:
            return
        self.loaded = True
        self.refresh(prices=True, reference=True, restore_range=True)
        self._update_notices(history=True, location=True)
        self.statusBar().clearMessage()
        # shown once filled: the cards and their lines made meanwhile show with it, at once
        self.summary_area.setVisible(True)
        if self.isVisible():
            self._fit_height()          # the cards are in: the chart keeps its share of the height

    def _make_panels(self) -> None:
        """(Re)build the panels on the current tracker (a database switch replaces them)."""
        # imported here: their modules (and the calendars they load) are not needed for the first frame
        from tracker.ui.buyback_panel import BuybackPanel
        from tracker.ui.earnings_panel import EarningsPanel
        self.earnings_panel = EarningsPanel(self.tracker, settings=self.settings)
        self.buyback_panel = BuybackPanel(self.tracker)
        self._stale_panels.clear()
        for dock, panel in ((self.earnings_dock, self.earnings_panel), (self.buyback_dock, self.buyback_panel)):
            scroll: QScrollArea = dock.widget()
            old = scroll.takeWidget()
            if old is not None:
                old.deleteLater()
            scroll.setWidget(panel)
        self.earnings_panel.dateSelected.connect(self._center_chart_on)
        self.buyback_panel.dateSelected.connect(self._center_chart_on)
        self.earnings_panel.eventsChanged.connect(self._reference_changed)

    def _action(self, text: str, slot, shortcut=None, tip: str = "", name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.act_new_db = self._action(tr("&New database…"), self.new_database, None,
                                       tr("Create an empty database and switch to it"), "newDatabase")
        self.act_open_db = self._action(tr("&Open database…"), self.open_database_dialog, K.Open,
                                        tr("Switch to another Tracker database"), "openDatabase")
        self.act_backup_now = self._action(tr("&Back up now…"), self.backup_now, None,
                                           tr("Write a checked copy of the database to its backups folder"),
                                           "backupNow")
        self.act_restore = self._action(tr("&Restore from backup…"), self.restore_dialog, None,
                                        tr("Replace the database with one of its backups (checked first; "
                                           "the current one is saved)"), "restoreBackup")
        self.act_import_prices = self._action(tr("Import &prices…"), self.import_prices, "Ctrl+I",
                                              tr("Import a daily price CSV (Yahoo, Stooq, Nasdaq, Investing.com)"),
                                              "importPrices")
        self.act_import_trades = self._action(tr("Import &trades…"), self.import_trades, "Ctrl+Shift+I",
                                              tr("Import trades from a CSV file"), "importTrades")
        self.act_update_prices = self._action(tr("&Update prices"), self.update_prices, "Ctrl+U",
                                              tr("Fetch the daily bars each listing lacks from the "
                                                 "price provider (the only time Tracker goes online)"),
                                              "updatePrices")
        self.act_provider_settings = self._action(tr("Price pro&viders…"), self.provider_settings, None,
                                                  tr("Provider, addresses and timeout for Update prices"),
                                                  "providerSettings")
        self.act_export = self._action(tr("&Export trades CSV…"), self.export_trades, "Ctrl+E",
                                       tr("Write every trade to a CSV file that Import trades reads back"),
                                       "exportTrades")
        self.act_export_all = self._action(
            tr("Export &all activities…"), self.export_activities, "Ctrl+Shift+E",
            tr("Write every trade, dividend, fee, conversion and corporate action to one CSV or JSON file "
               "that Import trades reads back"), "exportActivities")
        self.act_quit = self._action(tr("&Quit"), self.close, K.Quit, tr("Quit Tracker"), "quit")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.act_undo = self.undo_stack.createUndoAction(self, tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(K.Undo))
        self.act_undo.setObjectName("undo")
        self.act_redo = self.undo_stack.createRedoAction(self, tr("&Redo"))
        # Ctrl+Y as well as the platform's own (Ctrl+Shift+Z on Linux)
        redo_keys = [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(K.Redo) if k not in redo_keys]
        self.act_redo.setShortcuts(redo_keys)
        self.act_undo.triggered.connect(lambda _checked=False: self._say_undone(redo=False))
        self.act_redo.triggered.connect(lambda _checked=False: self._say_undone(redo=True))
        self.act_focus_table = self._action(tr("Go to &transactions"), self.focus_transactions, "Ctrl+T",
                                            tr("Move the keyboard focus to the transactions table"),
                                            "focusTransactions")
        self.act_redo.setObjectName("redo")

        self.act_new_trade = self._action(tr("&New trade…"), self.new_trade, K.New,
                                          tr("Record a buy or a sell"), "newTrade")
        self.act_edit_trade = self._action(tr("&Edit…"), self.edit_selected, "F2",
                                           tr("Change the selected transaction (or double-click it)"), "editTrade")
        self.act_delete_trade = self._action(tr("&Delete…"), self.delete_selected, K.Delete,
                                             tr("Delete the selected transactions (asks first)"), "deleteTrade")
        self.act_dividend = self._action(tr("Add d&ividend…"), self.add_dividend, None,
                                         tr("Record a dividend payment"), "addDividend")
        self.act_fee = self._action(tr("Add &fee…"), self.add_fee, None,
                                    tr("Record a standalone fee: custody, ADS depositary fee, ..."), "addFee")
        self.act_conversion = self._action(tr("&Convert ADS ↔ HK shares…"), self.add_conversion, None,
                                           tr("Record a conversion between BABA ADS and 9988.HK shares"),
                                           "addConversion")
        self.act_transfer = self._action(self.tr("&Transfer between accounts…"), self.add_transfer, None,
                                         self.tr("Record units moved from one account to another (not a "
                                                 "sale: the lots keep their cost and dates)"), "addTransfer")
        self.act_new_account = self._action(self.tr("New &account…"), self.new_account, None,
                                            self.tr("Add an account (a broker record) to keep activities in"),
                                            "newAccount")
        self.act_accounts = self._action(self.tr("Acc&ounts…"), self.show_accounts, None,
                                         self.tr("Rename the accounts, or delete one that holds nothing"),
                                         "showAccounts")
        self.act_about = self._action(tr("&About Tracker"), self.about, None, "", "about")
        self.act_glossary = self._action(tr("&Glossary"), self.show_glossary, K.HelpContents,
                                         tr("How every figure is computed, searchable"), "glossary")
        self.act_shortcuts = self._action(tr("&Keyboard shortcuts"), self.show_shortcuts, None,
                                          tr("Every key of the window's commands"), "keyboardShortcuts")
        self.act_gains = self._action(tr("Realized &gains…"), self.show_gains, "Ctrl+G",
                                      tr("Closed lots and realized gains by calendar or tax year"), "showGains")
        self.act_benchmark = self._action(tr("New ben&chmark…"), self.new_benchmark, None,
                                          tr("Add an index or ETF (SPY, KWEB, ^HSI) to compare with"), "newBenchmark")
        self.write_actions = [self.act_new_db, self.act_open_db, self.act_backup_now, self.act_restore,
                              self.act_import_prices, self.act_benchmark, self.act_import_trades,
                              self.act_update_prices, self.act_provider_settings, self.act_new_trade,
                              self.act_edit_trade, self.act_delete_trade, self.act_dividend, self.act_fee,
                              self.act_conversion, self.act_transfer, self.act_new_account,
                              self.act_accounts]
        # the ones that change this database: off while it is open read-only
        self.edit_actions = [self.act_import_prices, self.act_benchmark, self.act_import_trades,
                             self.act_update_prices, self.act_provider_settings, self.act_new_trade,
                             self.act_edit_trade, self.act_delete_trade, self.act_dividend,
                             self.act_fee, self.act_conversion, self.act_restore, self.act_transfer,
                             self.act_new_account, self.act_accounts]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        self.recent_menu = QMenu(tr("Recent &databases"), file_menu, objectName="recentDatabases")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        for a in (self.act_new_db, self.act_open_db, self.recent_menu.menuAction(), None, self.act_backup_now,
                  self.act_restore, None,
                  self.act_import_prices, self.act_benchmark, self.act_import_trades, self.act_export,
                  self.act_export_all, None,
                  self.act_update_prices, self.act_provider_settings, None, self.act_quit):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = bar.addMenu(tr("&Edit"))
        for a in (self.act_undo, self.act_redo, None, self.act_edit_trade, self.act_delete_trade, None,
                  self.act_transfer, self.act_new_account, self.act_accounts):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        trades_menu = bar.addMenu(tr("&Trades"))
        for a in (self.act_new_trade, self.act_edit_trade, self.act_delete_trade, None,
                  self.act_dividend, self.act_fee, self.act_conversion):
            trades_menu.addSeparator() if a is None else trades_menu.addAction(a)
        view_menu = bar.addMenu(tr("&View"))
        for i in range(self.listing.count()):
            symbol = self.listing.itemData(i)
            act = self._action(tr("Chart &{symbol}").format(symbol=symbol),
                               lambda i=i: self.listing.setCurrentIndex(i), f"Ctrl+{i + 1}")
            view_menu.addAction(act)
        view_menu.addSeparator()
        view_menu.addAction(self.act_gains)
        view_menu.addAction(self.act_focus_table)
        view_menu.addSeparator()
        self.earnings_dock.toggleViewAction().setText(self.tr("&Earnings panel"))
        self.buyback_dock.toggleViewAction().setText(self.tr("Buyback&s panel"))
        view_menu.addAction(self.earnings_dock.toggleViewAction())
        view_menu.addAction(self.buyback_dock.toggleViewAction())
        view_menu.addSeparator()
        self.preferences = Preferences(self, self.settings)
        for menu in self.preferences.menus():
            view_menu.addMenu(menu)
        help_menu = bar.addMenu(tr("&Help"))
        for a in (self.act_glossary, self.act_shortcuts, None, self.act_about):
            help_menu.addSeparator() if a is None else help_menu.addAction(a)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        # each label gives its line in a few lengths and shows the longest that fits (never cut off)
        self.status_db = FittingLabel(objectName="statusDatabase", sized=True)
        self.status_prices = FittingLabel(objectName="statusPrices", sized=True)
        self.status_offline = QLabel(self.tr("offline"), objectName="statusOffline")
        self.status_offline.setToolTip(self.tr("Tracker connects to the internet only when you ask it to "
                                               "(File ▸ Update prices); everything stays in your database file."))
        bar.addWidget(self.status_db)
        bar.addPermanentWidget(self.status_prices)
        self.status_freshness = StatusFreshness(bar, self.update_prices)
        bar.addPermanentWidget(self.status_offline)
        bar.messageChanged.connect(self._status_message_changed)

    def _status_message_changed(self, text: str) -> None:
        """A message in the status bar gets the whole bar while it shows: the permanent labels
        would otherwise cut it to a few words ("Backed up to /…")."""
        for widget in (self.status_db, self.status_prices, self.status_offline):
            widget.setVisible(not text)
        self.status_freshness.setVisible(not text and bool(self.status_freshness.label.text()))

    def _connect(self) -> None:
        self.summary.importPricesRequested.connect(self.import_prices)
        self.summary.newTradeRequested.connect(self.new_trade)
        self.summary.importTradesRequested.connect(self.import_trades)
        self.view_options.changed.connect(self._view_options_changed)
        self.chart.benchmarkChosen.connect(self._benchmark_chosen)
        self.summary.stakeCurrencyChosen.connect(self.set_stake_currency)
        self.trades_view.editRequested.connect(self.edit_entry)
        self.trades_view.selectionChanged.connect(self._update_actions)
        self.trades_view.accountChanged.connect(self._account_filter_changed)
        self.listing.currentIndexChanged.connect(lambda _i: self._feed_chart())
        self.chart.importPricesRequested.connect(self.import_prices)

    # ================================================================================= refreshing ==
    def refresh(self, prices: bool = False, reference: bool = False, restore_range: bool = False) -> None:
        """Re-read everything the window shows from the facade (start-up, another database)."""
        self.tracker.poll()          # everything is re-read: what was pending is shown too
        self.apply_changes(EVERYTHING, restore_range=restore_range)

    def apply_changes(self, changes: Changes, restore_range: bool = False) -> None:
        """Refresh the views that show what `changes` touched, and only those: a new dividend does
        not reload the chart's bars, new prices of one listing do not reload the other's. The two
        docks follow once these have painted (`refresh_panels_later`)."""
        if not changes:
            return
        self._collector.pause()          # until the docks are in: no collection mid-refresh
        entries = changes.touches_activities() or changes.touches_accounts()
        if changes.touches_prices(self.chart_symbol):
            # the chart's bars first: the figures' daily closes are then taken from them, not
            # read again (a second pass of SQLite over a million minute bars)
            self.tracker.bars(self.chart_symbol)
        if entries or changes.prices:
            self._refresh_ledger_views(table=entries)
        if changes.everything or changes.prices:
            self._update_status()
        if changes.everything or changes.reference or changes.prices:
            self._reference_markers = None
        if changes.touches_prices(self.chart_symbol):
            self._feed_chart(restore_range=restore_range)
        if changes.everything and self.ready:
            _freeze_what_is_loaded()
        elif self.ready:
            self._feed_overlays(self.chart_symbol)
        if self.ready:
            self.refresh_panels_later()
        if entries:
            self._update_notices(history=True)
            self._index_after_idle()
        self._update_actions()

    # A dock still waiting for its turn this long after the change is greyed out. Its title says
    # it is updating at once; greying sooner would repaint every figure of both docks inside the
    # save itself (half the paint of a save at 10,000 activities) only to flash them grey for the
    # moment before they refresh, a flicker too short to read a figure in.
    GREY_AFTER_MS = 80

    def refresh_panels_later(self) -> None:
        """Refresh the two docks after the views a change touched have painted, each in an
        event-loop turn of its own (each takes tens of milliseconds, a second at 100,000
        activities). Until its turn a dock's title says it is updating, and from `GREY_AFTER_MS`
        it is greyed out too, so a figure from before the change never passes for current."""
        if not self.ready:
            return
        for panel in (self.earnings_panel, self.buyback_panel):
            if panel not in self._stale_panels:
                self._stale_panels.append(panel)
                self._show_updating(panel, True)
        if not self._grey_timer.isActive():       # (changes in quick succession do not put it off)
            self._grey_timer.start(self.GREY_AFTER_MS)
        if not self._panel_turn_queued:
            self._panel_turn_queued = True
            QTimer.singleShot(1, self._refresh_next_panel)    # a real timer: input and paint go first

    def _refresh_next_panel(self) -> None:
        self._panel_turn_queued = False
        if self._closed or not self._stale_panels:
            return
        panel = self._stale_panels.pop(0)
        panel.refresh()
        self._show_updating(panel, False)
        if self._stale_panels:
            self._panel_turn_queued = True
            QTimer.singleShot(1, self._refresh_next_panel)
        else:
            QTimer.singleShot(0, self._collector.resume_if_idle)   # the change is all in: collect in a turn of its own

    def _build_index_slice(self) -> None:
        """One slice of the holdings index, then the next one in a later event-loop turn."""
        if self._closed:
            return
        if not self.panels_current():      # the docks' turns go first: they show figures, this only helps typing
            self._index_timer.start()
            return
        if self._index_steps is None:
            self._index_steps = self.tracker.index_in_steps()
        if next(self._index_steps, StopIteration) is StopIteration:
            self._index_steps = None
        else:
            QTimer.singleShot(0, self._build_index_slice)

    def _index_after_idle(self) -> None:
        self._index_steps = None            # one for an earlier book is of no use
        self._index_timer.start()

    def panels_current(self) -> bool:
        """Whether both docks show the data as it is now (none waits for its turn)."""
        return not self._stale_panels

    def _show_updating(self, panel, updating: bool) -> None:
        dock = self.earnings_dock if panel is self.earnings_panel else self.buyback_dock
        title = self.tr("Earnings") if dock is self.earnings_dock else self.tr("Buybacks")
        dock.setWindowTitle(self.tr("%1 (updating…)").replace("%1", title) if updating else title)
        if not updating:
            panel.setEnabled(True)

    def _grey_stale_panels(self) -> None:
        for panel in self._stale_panels:
            panel.setEnabled(False)

    def check_outside_changes(self) -> Changes:
        """The watcher's tick (and focus): show what another process committed; a read-only
        window takes over writing once the writer has closed."""
        if self._closed or self.busy or not self.loaded:
            return NOTHING
        if self.tracker.read_only and self.tracker.try_write_access():
            self.statusBar().showMessage(self.tr("The other Tracker closed this database: you can edit again"), 8000)
            self._update_notices()
            self._update_status()
        elif not self.tracker.read_only and not self.tracker.keep_write_access():
            # the lock file was deleted or replaced and another process took the new one
            self.undo_stack.clear()
            self._update_notices()
            self._update_status()
        changes = self.tracker.poll()
        self.apply_changes(changes)
        return changes

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and hasattr(self, "watcher"):
            self.check_outside_changes()

    def _refresh_ledger_views(self, table: bool = True) -> None:
        """The summary cards and (when entries changed) the transactions table."""
        t = self.tracker
        trades, dividends, fees, conversions = t.trades(), t.dividends(), t.fees(), t.conversions()
        transfers = t.transfers()
        has_activity = bool(trades or dividends or fees or conversions)
        accounts = t.accounts()
        if table:
            self.trades_view.set_accounts([(a.id, i18n.account_name(a)) for a in accounts])
        positions = self._period_positions() if has_activity else []
        realized: dict[int, Decimal] = {}
        for p in positions:
            realized.update(p.realized_by_trade)
        symbols = [self.listing.itemData(i) for i in range(self.listing.count())]
        self.price_dates = {s: t.last_price_date(s) for s in symbols}
        instruments = t.instruments()
        names = {i.symbol: f"{tr(i.name)} · {i.exchange}" for i in instruments}   # (bundled names translated)
        account = self.account_filter
        if account is not None:        # the cards say whose position they show
            shown = next((i18n.account_name(a) for a in accounts if a.id == account), "")
            names = {s: f"{name} · {shown}" for s, name in names.items()}
        self.summary.show_positions(positions, names, self.price_dates, has_activity)
        self.view_options.setVisible(has_activity)      # nothing to choose before the first entry
        if table and self.gains_dialog is not None:
            self.gains_dialog.refresh()
        self._refresh_stake(has_activity)
        self._update_headline()
        self._show_welcome()
        if table:
            self.trades_view.set_listings(symbols)
            self._feed_table(trades + dividends + fees + conversions + transfers, realized,
                             {c.id: t.units_received(c) for c in conversions},
                             {i.symbol: i.currency for i in instruments},
                             {a.id: i18n.account_name(a) for a in accounts})
        show_freshness(t, self.status_freshness, self.summary, self.update_prices)

    def _feed_table(self, entries: list, realized: dict, received: dict, currencies: dict, accounts: dict) -> None:
        """The transactions table: after an edit of the book it shows, only the rows the edit
        removed and added change (a save inserts one row among 100,000)."""
        book = self.tracker.book()
        source, self._table_source = self._table_source, book
        edits = ledger.edits_between(book, source) if source is not None else None
        if edits is None or not self.trades_view.apply_edits(edits, realized, received, currencies, accounts):
            self.trades_view.set_entries(entries, realized, received=received, currencies=currencies,
                                         accounts=accounts)

    # --- the combined card and the premium view --------------------------------------------------
    STAKE_CURRENCY_KEY = "summary/stake_currency"

    def stake_currency(self) -> str:
        return str(self.settings.value(self.STAKE_CURRENCY_KEY, "USD") or "USD")

    def set_stake_currency(self, currency: str) -> None:
        """The combined card's currency (USD, HKD or CNY), remembered in the window's settings."""
        self.settings.setValue(self.STAKE_CURRENCY_KEY, currency)
        self._refresh_stake(not self.summary.is_empty_state)

    def _refresh_stake(self, has_activity: bool) -> None:
        points = self.tracker.premium_series()
        self.chart.set_premium_series(points)
        if not has_activity:
            self.summary.show_stake(None)
            return
        currency = self.stake_currency()
        t, options = self.tracker, self.view_options.options()   # the cards' period, method, as-of
        try:
            per = options.reporting_period(t.today())
        except ValueError:
            per = t.period(as_of=options.as_of)
        try:
            stake, problem = t.stake_and_period(per, options.method, currency, self.account_filter)[0], ""
        except TrackerError as exc:
            stake, problem = None, messages.line(str(exc).removeprefix("currency: "))
        account = self.account_filter
        name = next((i18n.account_name(a) for a in t.accounts() if a.id == account), "") if account is not None else ""
        self.summary.show_stake(stake, points[-1] if points else None, problem, currency, name)

    def _after_change(self) -> None:
        """After any change of the window's own (and undo / redo): show what it touched."""
        self.apply_changes(self.tracker.poll())

    _after_price_change = _after_change

    def _update_notices(self, history: bool = False, location: bool = False) -> None:
        t = self.tracker
        if t.read_only:
            who = messages.reason(t.read_only_because.describe()) if t.read_only_because and t.read_only_because.pid \
                else self.tr("another program")
            self.read_only_notice.show_notice(
                self.tr("<b>Read-only:</b> {who} is writing to this database, so this window only shows it "
                        "(and follows its changes). It becomes editable once that one closes.").format(who=who),
                {self.tr("Open another file…"): self.open_database_dialog})
        else:
            self.read_only_notice.hide_notice()
        if history:
            problems = t.history_problems()
            if problems:
                shown = "; ".join(messages.reason(str(error.message)) for _, error in problems[:3])
                more = self.tr(" and {count} more").format(count=len(problems) - 3) if len(problems) > 3 else ""
                text = (self.tr("<b>{count} impossible entry in this history:</b> {shown}{more}. Figures "
                                "leave it out until you edit or delete it.") if len(problems) == 1 else
                        self.tr("<b>{count} impossible entries in this history:</b> {shown}{more}. Figures "
                                "leave them out until you edit or delete them."))
                self.history_notice.show_notice(text.format(count=len(problems), shown=shown, more=more),
                                                {self.tr("Show"): lambda: self._show_problem(0)})
            else:
                self.history_notice.hide_notice()
            damaged = t.damaged_rows()          # rows another program wrote that cannot be used
            if damaged:
                shown = "; ".join(html.escape(messages.damaged_row(row), quote=False) for row in damaged[:2])
                more = self.tr(" and {count} more").format(count=len(damaged) - 2) if len(damaged) > 2 else ""
                text = (self.tr("<b>{count} stored row cannot be read and is left out of every figure:</b> "
                                "{shown}{more} (`tracker check` lists them all).") if len(damaged) == 1 else
                        self.tr("<b>{count} stored rows cannot be read and are left out of every figure:</b> "
                                "{shown}{more} (`tracker check` lists them all)."))
                self.damaged_notice.show_notice(text.format(count=len(damaged), shown=shown, more=more))
            else:
                self.damaged_notice.hide_notice()
        if location:
            warning = t.location_warning()
            if warning:
                self.location_notice.show_notice(self.tr("<b>Risky folder:</b> {warning}").format(warning=messages.line(warning)),
                                                 {self.tr("Dismiss"): self.location_notice.hide_notice})
        if t.took_over_from is not None and location:
            self.statusBar().showMessage(self.tr("{who} ended without closing this database; this window took it "
                                                 "over").format(who=messages.reason(t.took_over_from.describe())), 10000)

    def _may_change(self) -> bool:
        """Whether the window may start a change now: not while an import runs, and never while
        the database is open read-only (said in the status bar, as the notice says why)."""
        if self.busy:
            return False
        if self.tracker.read_only:
            self.statusBar().showMessage(self.tr("Read-only: another Tracker is writing to this database"), 8000)
            return False
        return True

    def _show_problem(self, index: int) -> None:
        problems = self.tracker.history_problems()
        if index < len(problems):
            self.trades_view.select_entry(problems[index][0])
            self.trades_view.table.setFocus()

    def _update_status(self) -> None:
        path = self.tracker.path
        self.status_db.set_texts([self.tr("Database: {path}").format(path=path),
                                  self.tr("Database: {path}").format(path=path.name), path.name])
        dated = [(s, fmt.day(d)) for s, d in self.price_dates.items() if d]
        self.status_prices.set_texts(
            [" · ".join(self.tr("{symbol} prices through {day}").format(symbol=s, day=d) for s, d in dated),
             " · ".join(f"{s} {d}" for s, d in dated)] if dated
            else [self.tr("no prices yet — File ▸ Import prices")])
        read_only = self.tr(" (read-only)") if self.tracker.read_only else ""
        self.setWindowTitle(f"{self.tracker.path.name}{read_only} — {APP_NAME}")

    def _update_actions(self) -> None:
        idle = not self.busy
        writable = idle and not self.tracker.read_only
        for action in self.write_actions:
            action.setEnabled(idle)
        for action in self.edit_actions:
            action.setEnabled(writable)
        has_selection = bool(self.trades_view.selected_entries())
        self.act_edit_trade.setEnabled(writable and has_selection)
        self.act_delete_trade.setEnabled(writable and has_selection)
        # a transfer needs a second account to go to
        self.act_transfer.setEnabled(writable and len(self.tracker.accounts()) > 1)
        # the stack keeps these two current itself; the window only holds them off while busy
        self.act_undo.setEnabled(writable and self.undo_stack.canUndo())
        self.act_redo.setEnabled(writable and self.undo_stack.canRedo())
        if self.ready:
            for panel in (self.earnings_panel, self.buyback_panel):
                panel.set_writable(not self.tracker.read_only)

    # --- chart ----------------------------------------------------------------------------------
    @property
    def chart_symbol(self) -> str:
        return self.listing.currentData()

    def _feed_chart(self, restore_range: bool = False) -> None:
        """Bars, then (once the first frame is up, see finish_startup) the overlays: trades, the
        average-cost line, the position view, the holdings readout and the event markers."""
        t, symbol = self.tracker, self.chart_symbol
        inst = t.instrument(symbol)
        bars = t.bars(symbol)
        self.chart.set_series(symbol, inst.currency, bars.ts, bars.open, bars.high, bars.low,
                              bars.close, bars.volume)
        if self.ready:
            self._feed_overlays(symbol)
        if restore_range:
            saved = self.settings.value(self._chart_range_key())
            try:
                first, last = (date.fromisoformat(str(v)) for v in saved)
            except (TypeError, ValueError):
                return        # nothing saved yet, or unreadable: the chart's default span
            self.chart.set_visible_range(first, last)

    def _chart_range_key(self) -> str:
        """The setting that keeps the chart's span, one per database file: a span saved for one
        file (its dates, its listing's history) is not forced on another."""
        from hashlib import sha1
        return f"window/chart_range/{sha1(str(self.tracker.path).encode()).hexdigest()[:16]}"

    def _feed_overlays(self, symbol: str) -> None:
        t, account = self.tracker, self.account_filter      # the chart follows the account filter
        self._feed_trade_markers(symbol, account)
        self.chart.set_cost_line([(day, None if cost is None else float(cost)) for day, cost
                                  in t.cost_series(symbol, self.view_options.options().method, account)])
        values = t.value_series(symbol, account)
        self.chart.set_position_source(lambda: ([v[0] for v in values], [float(v[2]) for v in values],
                                                [float(v[3]) for v in values], [float(v[4]) for v in values]))
        self.chart.set_holdings(_holdings_in(values))
        for kind, markers in self._event_markers(symbol).items():
            self.chart.set_events(kind, markers)
        self._feed_comparison(symbol)

    def _feed_trade_markers(self, symbol: str, account: int | None) -> None:
        """One marker per trade, made once: after an edit of the book they were made from, only the
        trades it removed and added change on the chart (a save places one marker, it does not
        relabel and place a hundred thousand)."""
        book = self.tracker.book()
        source, self._markers_source = self._markers_source, (book, symbol, account)
        edits = ledger.edits_between(book, source[0]) if source and source[1:] == (symbol, account) else None
        if edits is None:
            self._trade_markers = {trade.id: (trade, _trade_marker(trade)) for trade in book.trades
                                   if trade.symbol == symbol and (account is None or trade.account_id == account)}
            self.chart.set_trades([marker for _, marker in self._trade_markers.values()])
            return
        added, removed = [], []
        for old, new in edits:
            if isinstance(old, Trade) and (gone := self._trade_markers.pop(old.id, None)) is not None:
                removed.append(gone[1])
            if isinstance(new, Trade) and new.symbol == symbol and account in (None, new.account_id):
                marker = _trade_marker(new)
                self._trade_markers[new.id] = (new, marker)
                added.append(marker)
        if added or removed:
            self.chart.update_trades(added, removed)

    def _event_markers(self, symbol: str) -> dict[str, list[EventMarker]]:
        if self._reference_markers is None:
            reference = self._reference_markers = {
                EARNINGS: [EventMarker(m.day, wording.release_title(m), wording.release_detail(m))
                           for m in self.tracker.earnings.chart_markers()],
                BUYBACK: [EventMarker(m.day, wording.buyback_title(m), wording.buyback_detail(m))
                          for m in self.tracker.buybacks.chart_markers()],
            }
        else:
            reference = self._reference_markers
        dividends = [EventMarker(d.pay_date, self.tr("Dividend received"),
                                 self.tr("net {net} (gross {gross})").format(net=fmt.money(d.net, d.currency),
                                                                             gross=fmt.money(d.gross, d.currency))
                                 + (f" — {d.note}" if d.note else ""))
                     for d in self.tracker.dividends(symbol)
                     if self.account_filter in (None, d.account_id)]
        ex_dates = [EventMarker(p.ex_date, wording.ex_dividend_title(p), wording.payout_detail(p), hollow=True)
                    for p in self.tracker.declared_dividends.payouts(symbol)]
        return {**reference, DIVIDEND: sorted(dividends + ex_dates, key=lambda m: m.when),
                MOVE: self._move_markers(symbol)}

    def _move_markers(self, symbol: str) -> list[EventMarker]:
        """The conversions that took units of `symbol` away or brought them, and the transfers of
        it between accounts (of the account shown, when one is)."""
        book, shown = self.tracker.book(), self.account_filter
        markers = [EventMarker(c.conversion_date, self.tr("Convert"), describe(c)
                               + (f" — {c.note}" if c.note else ""))
                   for c in book.conversions if symbol in (c.from_symbol, c.to_symbol)
                   and shown in (None, c.from_account_id if c.from_symbol == symbol else c.to_account_id)]
        markers += [EventMarker(x.transfer_date, self.tr("Transfer"), describe(x)
                                + (f" — {x.note}" if x.note else ""))
                    for x in book.transfers if x.symbol == symbol
                    and shown in (None, x.from_account_id, x.to_account_id)]
        return sorted(markers, key=lambda m: m.when)

    def _reference_changed(self) -> None:
        """An earnings event was added or edited in its panel: redraw the chart's markers."""
        self._reference_markers = None
        self._feed_chart()

    def _center_chart_on(self, day: date) -> None:
        self.chart.center_on(day)

    # ================================================================================= trades ==
    def new_trade(self) -> TradeDialog | None:
        """Open the trade dialog (non-blocking); returns it so tests can type into it."""
        if not self._may_change():
            return None
        from tracker.ui.trade_dialog import TradeDialog
        dialog = TradeDialog(self.tracker, self._save_new_trade, symbol=self.chart_symbol,
                             account=self.account_filter, parent=self)
        dialog.open()
        return dialog

    def _save_new_trade(self, trade) -> None:
        self._added(self.tracker.add_trade(trade))

    def _added(self, saved) -> None:
        """After any new entry: one undo step, the row selected, a word in the status bar."""
        self.undo_stack.push(undo.AddEntry(self.tracker, saved, self._after_change, self._undo_failed))
        self.trades_view.select_entry(saved)
        self.statusBar().showMessage(self.tr("Added {entry}").format(entry=describe(saved)), 5000)

    def edit_selected(self):
        entry = self.trades_view.current_entry()
        return self.edit_entry(entry) if entry is not None else None

    def edit_entry(self, entry):
        """The dialog of the entry's kind, filled in with it (a double-click or Enter in the table)."""
        if isinstance(entry, Trade):
            return self.edit_trade(entry)
        if isinstance(entry, Dividend):
            return self.add_dividend(entry)
        if isinstance(entry, Fee):
            return self.add_fee(entry)
        if isinstance(entry, Conversion):
            return self.add_conversion(entry)
        if isinstance(entry, Transfer):
            return self.add_transfer(entry)
        return None

    def edit_trade(self, trade) -> TradeDialog | None:
        if not self._may_change():
            return None
        from tracker.ui.trade_dialog import TradeDialog
        dialog = TradeDialog(self.tracker, lambda new, old=trade: self._save_edit(old, new), trade=trade,
                             parent=self)
        dialog.open()
        return dialog

    def _save_edit(self, old, new) -> None:
        """Save an edited entry (any kind) as one undo step; nothing happens when nothing changed."""
        if new == old:
            return
        saved = undo.replace_entry(self.tracker, old, new)
        self.undo_stack.push(undo.EditEntry(self.tracker, old, saved, self._after_change, self._undo_failed))
        self.trades_view.select_entry(saved)
        self.statusBar().showMessage(self.tr("Changed {entry}").format(entry=describe(saved)), 5000)

    def delete_selected(self) -> bool:
        """Delete the selected entries, after asking, as one undo step; a refusal (a later sell
        needs the units) is shown with its reason and nothing is deleted."""
        entries = chronological(self.trades_view.selected_entries())
        if not entries or not self._may_change():
            return False
        what = describe(entries[0]) if len(entries) == 1 else \
            self.tr("these {count} transactions").format(count=len(entries))
        refusal = self.tracker.removal_errors(entries)
        if refusal:                # said at once: no "Delete …?" for a delete that cannot be done
            self.show_error(self.tr("Cannot delete"), self.tr("Nothing was deleted: {problem}").format(
                problem=messages.error_text(ValidationError(refusal))))
            return False
        if not self.confirm(self.tr("Delete"), self.tr("Delete {what}?\n\nUndo (Ctrl+Z) brings it back.").format(what=what)):
            return False
        try:
            deleted = undo.delete_entries(self.tracker, entries)
        except TrackerError as exc:
            self.show_error(self.tr("Cannot delete"), self.tr("Nothing was deleted: {problem}").format(problem=messages.error_text(exc)))
            return False
        self.undo_stack.push(undo.DeleteEntries(self.tracker, deleted, self._after_change, self._undo_failed))
        self.statusBar().showMessage(self.tr("Deleted {what}").format(what=what), 5000)
        return True

    def add_dividend(self, dividend: Dividend | None = None) -> DividendDialog | None:
        """The dividend dialog: a new dividend, or an edit of `dividend`."""
        if not self._may_change():
            return None
        from tracker.ui.trade_dialog import DividendDialog
        dialog = DividendDialog(self.tracker, self._saver(dividend, self.tracker.add_dividend),
                                symbol=self.chart_symbol, dividend=dividend, account=self.account_filter,
                                parent=self)
        dialog.open()
        return dialog

    def add_fee(self, fee: Fee | None = None) -> FeeDialog | None:
        """The fee dialog: a new standalone fee, or an edit of `fee`."""
        if not self._may_change():
            return None
        from tracker.ui.trade_dialog import FeeDialog
        dialog = FeeDialog(self.tracker, self._saver(fee, self.tracker.add_fee), symbol=self.chart_symbol,
                           fee=fee, account=self.account_filter, parent=self)
        dialog.open()
        return dialog

    def add_conversion(self, conversion: Conversion | None = None) -> ConversionDialog | None:
        """The conversion dialog: a new conversion, or an edit of `conversion`."""
        if not self._may_change():
            return None
        from tracker.ui.trade_dialog import ConversionDialog
        dialog = ConversionDialog(self.tracker, self._saver(conversion, self.tracker.add_conversion),
                                  conversion=conversion, account=self.account_filter, parent=self)
        dialog.open()
        return dialog

    def add_transfer(self, transfer: Transfer | None = None) -> TransferDialog | None:
        """The transfer dialog: units moved between two accounts, or an edit of `transfer`."""
        if not self._may_change():
            return None
        from tracker.ui.trade_dialog import TransferDialog
        dialog = TransferDialog(self.tracker, self._saver(transfer, self.tracker.add_transfer),
                                symbol=self.chart_symbol, transfer=transfer, account=self.account_filter,
                                parent=self)
        dialog.open()
        return dialog

    def new_account(self, name: str | None = None) -> Account | None:
        """Add an account (asks for its name unless given one); the account filter then shows."""
        if not self._may_change():
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New account"),
                                            self.tr("Name of the account (such as the broker's name):"))
            if not ok:
                return None
        done, saved = self._account_step(None, lambda: self.tracker.add_account(Account(None, name.strip())),
                                         self.tr("Cannot add the account"),
                                         lambda a: self.tr("Added account {0}").format(a.name))
        return saved if done else None

    def show_accounts(self) -> AccountsDialog | None:
        """Edit ▸ Accounts…: list, rename, and delete the accounts that hold nothing."""
        if not self._may_change():
            return None
        from tracker.ui.accounts_dialog import AccountsDialog
        dialog = AccountsDialog(self.tracker, self.rename_account, self.delete_account,
                                lambda: self.new_account(), parent=self)
        dialog.open()
        return dialog

    def rename_account(self, account: Account, name: str) -> Account | None:
        """Rename `account` (one undo step); None when refused (said in a message)."""
        done, renamed = self._account_step(account, lambda: self.tracker.rename_account(account.id, name),
                                           self.tr("Cannot rename the account"),
                                           lambda a: self.tr("Renamed account {old} to {new}").format(
                                               old=i18n.account_name(account), new=a.name))
        return renamed if done else None

    def delete_account(self, account: Account) -> bool:
        """Delete `account`, which must hold nothing (one undo step); False when refused."""
        def delete() -> None:
            self.tracker.delete_account(account.id)
        return self._account_step(account, delete, self.tr("Cannot delete the account"),
                                  lambda _: self.tr("Deleted account {name}").format(name=i18n.account_name(account)))[0]

    def _account_step(self, before: Account | None, change: Callable[[], Account | None], refused: str,
                      done: Callable[[Account | None], str]) -> tuple[bool, Account | None]:
        """Run `change` (an add, rename or delete through the facade; it returns the account as it
        is after, None once deleted): refused, a message titled `refused`; made, one undo step and
        `done(after)` in the status bar."""
        try:
            after = change()
        except TrackerError as exc:
            self.show_error(refused, messages.error_text(exc))
            return False, None
        self.undo_stack.push(undo.AccountChange(self.tracker, before, after, self._after_change,
                                                self._undo_failed))
        self.statusBar().showMessage(done(after), 5000)
        return True, after

    @property
    def account_filter(self) -> int | None:
        """The account the table and the cards show (the table's filter), None for every account."""
        return self.trades_view.account_filter()

    def _account_filter_changed(self, _account) -> None:
        self._refresh_ledger_views(table=False)
        if self.ready:
            self._feed_overlays(self.chart_symbol)
        if self.gains_dialog is not None:
            options = self.view_options.options()
            self.gains_dialog.set_view(options.method, options.as_of, self.account_filter)
    def _saver(self, original, add):
        """What a dialog's Save calls: `add` a new entry, or replace `original` with the edit."""
        if original is None:
            return lambda entry: self._added(add(entry))
        return lambda entry: self._save_edit(original, entry)

    def _say_undone(self, redo: bool) -> None:
        """Undo and redo say in the status bar what they did (the stack has just moved)."""
        stack = self.undo_stack
        command = stack.command(stack.index() - 1 if redo else stack.index())
        if command is None:
            return
        text = self.tr("Redone: {what}") if redo else self.tr("Undone: {what}")
        self.statusBar().showMessage(text.format(what=command.text()), 8000)

    def focus_transactions(self) -> None:
        """View ▸ Go to transactions (Ctrl+T): the keyboard lands in the table, on a row."""
        table = self.trades_view.table
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not table.currentIndex().isValid() and table.model().rowCount():
            table.selectRow(0)

    def _undo_failed(self, message: str) -> None:
        """An undo or redo the database no longer allows (changed behind the window's back): the
        stack no longer describes it, so it is cleared, and the user told why. Both wait until the
        stack has returned from the command that failed: clearing it (or opening a message box's
        event loop) from inside that command's undo() frees the command while it runs."""
        def after():
            self.undo_stack.clear()
            self._after_change()
            self.show_error(self.tr("Cannot undo"), message)
        QTimer.singleShot(0, after)

    # ================================================================================= imports ==
    def _import_dir(self) -> str:
        return str(self.settings.value("import/dir", "") or "")

    def import_prices(self, path: str | Path | None = None) -> PriceImportDialog | None:
        """Open the price import dialog (non-blocking), on `path` when given."""
        if not self._may_change():
            return None
        from tracker.ui.import_dialog import PriceImportDialog
        dialog = PriceImportDialog(self.tracker, self, self._import_dir(), symbol=self.chart_symbol)
        return self._open_import(dialog, path)

    def import_trades(self, path: str | Path | None = None) -> TradeImportDialog | None:
        if not self._may_change():
            return None
        from tracker.ui.trade_import_dialog import TradeImportDialog
        dialog = TradeImportDialog(self.tracker, self, self._import_dir())
        return self._open_import(dialog, path)

    def _open_import(self, dialog, path):
        dialog.accepted.connect(lambda: self.run_import(dialog.request))
        dialog.open()
        if path:
            dialog.set_path(Path(path))
        elif _interactive():
            QTimer.singleShot(0, dialog.choose.click)     # straight to the file chooser
        return dialog

    def run_import(self, request: ImportRequest) -> Task:
        """Import on a worker thread behind a progress dialog; the window blocks other writes."""
        self.settings.setValue("import/dir", str(request.path.parent))
        t = self.tracker
        if request.kind == "prices":
            def work(progress, should_cancel):
                return t.import_prices(request.source(), request.symbol, fmt=request.fmt,
                                       mapping=request.mapping, progress=progress,
                                       should_cancel=should_cancel, replace=request.replace)
            label = self.tr("Importing {rows} {symbol} price rows from {file}").format(
                rows=fmt.count(request.rows), symbol=request.symbol, file=request.path.name)
        else:
            def work(progress, should_cancel):
                return t.import_trades(request.source(), progress=progress, should_cancel=should_cancel,
                                       mapping=request.mapping, include_duplicates=request.include_duplicates,
                                       account=request.account, record_splits=request.record_splits)
            if request.expected.get("trades_only", True):
                label = self.tr("Importing {rows} trades from {file}").format(
                    rows=fmt.count(request.expected.get('added', 0)), file=request.path.name)
            else:
                label = self.tr("Importing {rows} activities from {file}").format(
                    rows=fmt.count(request.expected.get('added', 0)), file=request.path.name)
        self.set_busy(True)
        from tracker.ui.tasks import start_task
        self.current_task = start_task(
            work, self, self.tr("Import"), label,
            on_succeeded=lambda report: self._import_done(request, report),
            on_failed=self._import_failed, on_cancelled=self._import_cancelled)
        return self.current_task

    def set_busy(self, busy: bool) -> None:
        """While an import runs nothing else may use the database (one thread at a time): every
        action that writes is disabled, and so are the widgets that would read on a click."""
        self.busy = busy
        self._update_actions()
        for widget in (self.trades_view.table, self.summary, self.listing, self.earnings_dock.widget(),
                       self.buyback_dock.widget()):
            widget.setEnabled(not busy)

    def _task_over(self) -> bool:
        """Back to normal after an import; False when the window was closed meanwhile."""
        self.current_task = None
        if self._closed:
            return False
        self.set_busy(False)
        return True

    def _import_done(self, request: ImportRequest, report) -> None:
        if not self._task_over():
            return
        if request.kind == "prices":
            def reimport():
                return self.tracker.import_prices(request.source(), request.symbol, fmt=request.fmt,
                                                  mapping=request.mapping, replace=request.replace)
            self.undo_stack.push(undo.ImportPrices(self.tracker, report, reimport, self._after_price_change,
                                                   self._undo_failed))
            message = self.tr("Imported {symbol} prices: {added} added, {updated} updated ({first} to {last})").format(
                symbol=request.symbol, added=fmt.count(report.added), updated=fmt.count(report.updated),
                first=report.first, last=report.last)
            listed = self.listing.findData(request.symbol)      # exchange rates have no chart of their own
            if listed >= 0 and self.listing.currentData() != request.symbol:
                self.listing.setCurrentIndex(listed)
        else:
            if report.added_records or report.corrected or report.removed:
                self.undo_stack.push(undo.ImportTrades(self.tracker, report, self._after_change,
                                                       self._undo_failed))
            else:
                self.refresh()
            message = self.tr("Imported {added} activities ({skipped} already there)").format(
                added=fmt.count(report.added), skipped=fmt.count(report.skipped))
        self.statusBar().showMessage(message, 8000)

    def _import_failed(self, exc: BaseException) -> None:
        if not self._task_over():
            return
        if isinstance(exc, TrackerError):
            self.show_error(self.tr("Import failed"), self.tr("Nothing was imported.") + "\n\n" + messages.error_text(exc))
        else:
            self.show_error(self.tr("Import failed"), self.tr("Nothing was imported: unexpected {error}").format(
                error=f"{type(exc).__name__}: {exc}"))
            raise exc

    def _import_cancelled(self) -> None:
        if not self._task_over():
            return
        self.refresh()
        self.statusBar().showMessage(self.tr("Import cancelled: the database is as it was"), 8000)

    # --- files dropped on the window ----------------------------------------------------------------
    DROPPABLE = (".csv", ".txt", ".tsv")

    def _dropped_path(self, mime) -> Path | None:
        urls = mime.urls() if mime.hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() in self.DROPPABLE or self.tracker.is_live_file(path) else None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_path(event.mimeData()) is not None and not self.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = self._dropped_path(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_dropped(path)

    def import_dropped(self, path: str | Path):
        """A CSV dropped on the window: the trade or the price import dialog, opened on it
        (which of the two: by the file's header). This database's own files are refused."""
        path = Path(path)
        try:
            kind = self.tracker.import_file_kind(path)
        except TrackerError as exc:
            self.show_error(self.tr("Cannot import"), messages.error_text(exc))
            return None
        return self.import_trades(path) if kind == "trades" else self.import_prices(path)

    # ================================================================================= online prices ==
    @property
    def online(self) -> PriceUpdates:
        if self._online is None:
            from tracker.ui.price_update import PriceUpdates
            self._online = PriceUpdates(self)
        return self._online

    def update_prices(self, symbols: list[str] | None = None) -> Task | None:
        """Fetch the missing bars (of `symbols`, default all) on a worker thread."""
        return self.online.start(symbols)

    def provider_settings(self):
        return self.online.edit_settings()

    # ================================================================================= files ==
    def export_trades(self, path: str | Path | None = None) -> Path | None:
        """Every trade as CSV in the layout Import trades reads (plain decimals, ISO dates); cells
        that a spreadsheet would run as formulas are guarded (domain.spreadsheet)."""
        if path is None:
            start = str(Path(self._import_dir() or Path.home()) / "trades.csv")
            chosen = file_dialogs.save_file_name(self, self.tr("Export trades"), start, self.tr("CSV files (*.csv)"))
            if not chosen:
                return None
            path = chosen
        try:
            path = self.tracker.check_output_file(path)
        except TrackerError as exc:
            self.show_error(self.tr("Export failed"), messages.error_text(exc))
            return None
        try:
            with open(path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(EXPORT_COLUMNS)
                for t in self.tracker.trades():
                    writer.writerow([guard_formula(cell) for cell in (
                        t.trade_date.isoformat(), t.symbol, t.side, _plain(t.quantity),
                        _plain(t.price), _plain(t.fee), t.currency, t.note)])
        except OSError as exc:
            self.show_error(self.tr("Export failed"), self.tr("Cannot write {path}: {problem}").format(path=path, problem=exc.strerror or exc))
            return None
        self.statusBar().showMessage(self.tr("Exported {count} trades to {path}").format(count=fmt.count(len(self.tracker.trades())), path=path), 8000)
        return path

    def export_activities(self, path: str | Path | None = None) -> Path | None:
        """Every activity to one file (CSV, or JSON when the name ends in .json) that Import trades
        reads back into an empty database with the same positions (app.export)."""
        if path is None:
            start = str(Path(self._import_dir() or Path.home()) / "activities.csv")
            path = file_dialogs.save_file_name(self, tr("Export all activities"), start,
                                               tr("CSV files (*.csv);;JSON files (*.json)"))
            if not path:
                return None
        fmt = "json" if str(path).lower().endswith(".json") else "csv"
        try:
            path = self.tracker.check_output_file(path)
            text = self.tracker.export_activities(fmt)
            with open(path, "w", newline="", encoding="utf-8") as handle:
                handle.write(text)
        except TrackerError as exc:
            self.show_error(tr("Export failed"), messages.error_text(exc))
            return None
        except OSError as exc:
            self.show_error(tr("Export failed"), tr("Cannot write {0}: {1}").format(path, exc.strerror or exc))
            return None
        count = sum(len(getattr(self.tracker.book(), f)) for f in ("trades", "dividends", "fees", "conversions",
                                                                   "transfers"))
        self.statusBar().showMessage(tr("Exported {0:,} activities to {1}").format(count, path), 8000)
        return path

    def open_database_dialog(self) -> None:
        chosen = file_dialogs.open_file_name(self, self.tr("Open database"), str(self.tracker.path.parent),
                                             self.tr("Tracker databases (*.db *.sqlite);;All files (*)"))
        if chosen:
            self.switch_database(Path(chosen))

    def new_database(self) -> None:
        chosen = file_dialogs.save_file_name(self, self.tr("New database"), str(self.tracker.path.parent / "tracker.db"),
                                             self.tr("Tracker databases (*.db)"), confirm_overwrite=False)
        if not chosen:
            return
        if Path(chosen).exists():
            self.show_error(self.tr("New database"), self.tr("{path} already exists. Use File ▸ Open database to open it.").format(path=chosen))
            return
        self.switch_database(Path(chosen), create=True)

    def switch_database(self, path: Path, *, create: bool = False) -> bool:
        """Open `path` (creating it when new and `create`) and show it; the undo history belongs
        to the old one. A damaged (or newer, or non-) database gets the offer of its backups."""
        if self.busy:
            return False
        try:
            new = open_for_window(path, self._today, create=create)
        except TrackerError as exc:
            self.show_error(self.tr("Cannot open database"), messages.error_text(exc))
            if isinstance(exc, DatabaseProblem) and exc.restorable:
                self.offer_restore(Path(path), messages.error_text(exc))
            return False
        self._adopt(new)
        self.statusBar().showMessage(self.tr("Opened {path}").format(path=path), 5000)
        return True

    # --- File ▸ Recent databases ------------------------------------------------------------------
    RECENT_KEY = "files/recent_databases"
    RECENT_MAX = 8

    def recent_databases(self) -> list[Path]:
        saved = self.settings.value(self.RECENT_KEY) or []
        return [Path(p) for p in ([saved] if isinstance(saved, str) else saved) if p]

    def _remember_database(self) -> None:
        """The open database leads the list (kept in the window's settings)."""
        current = Path(self.tracker.path).resolve()
        kept = [current] + [p for p in self.recent_databases() if p != current]
        self.settings.setValue(self.RECENT_KEY, [str(p) for p in kept[:self.RECENT_MAX]])
        self._fill_recent()

    def _fill_recent(self) -> None:
        """One item per database, numbered; a file that is gone is shown disabled, the open one
        checked; "Clear list" forgets the others."""
        menu = self.recent_menu
        menu.clear()
        current = Path(self.tracker.path).resolve()
        for i, path in enumerate(self.recent_databases(), start=1):
            label = str(path).replace("&", "&&")
            action = menu.addAction(f"&{i} {label}" if i < 10 else label)
            action.setObjectName(f"recentDatabase{i}")
            exists = path.is_file()
            action.setEnabled(exists and path != current)
            action.setCheckable(path == current)
            action.setChecked(path == current)
            action.setToolTip(str(path) if exists else self.tr("{path} no longer exists").format(path=path))
            action.triggered.connect(lambda _checked=False, p=path: self.switch_database(p))
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear list"))
        clear.setObjectName("clearRecentDatabases")
        clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.setValue(self.RECENT_KEY, [str(Path(self.tracker.path).resolve())])
        self._fill_recent()

    def _adopt(self, new: Tracker) -> None:
        """Show `new` instead of the current tracker (which is closed, if it is not already)."""
        old, self.tracker = self.tracker, new
        self._remember_database()
        self.undo_stack.clear()
        if self.gains_dialog is not None:        # it reads the database it was opened on
            self.gains_dialog.tracker = new
        if self.ready:
            self._make_panels()
        if old is not new:
            old.close()
        self.refresh(prices=True, reference=True)
        self._update_notices(history=True, location=True)

    # ================================================================================= backups ==
    def backup_now(self) -> Path | None:
        """File ▸ Back up now…: a checked copy in the backups folder; the status bar says where."""
        if self.busy:
            return None
        try:
            path = self.tracker.backup()
        except TrackerError as exc:
            self.show_error(self.tr("Back up failed"), messages.error_text(exc))
            return None
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path), 10000)
        return path

    def restore_dialog(self, db_path: Path | None = None, problem: str | None = None):
        """File ▸ Restore from backup…: the backups of the database, newest first (non-blocking)."""
        from tracker.ui.backups_dialog import BackupsDialog
        target = Path(db_path or self.tracker.path)
        dialog = BackupsDialog(target, problem, parent=self)
        dialog.accepted.connect(lambda: dialog.chosen and self.restore_from(dialog.chosen, target))
        dialog.open()
        return dialog

    def offer_restore(self, db_path: Path, problem: str):
        """A database the window could not open: offer its backups instead of just failing."""
        return self.restore_dialog(db_path, problem)

    def restore_from(self, source: Path, db_path: Path | None = None) -> bool:
        """Restore `db_path` (the open database by default) from `source`, then show it.
        The backup is checked while the window still shows its database (a refusal changes
        nothing, undo history included); the window's connection is closed for the restore."""
        if self.busy:
            return False
        target = Path(db_path or self.tracker.path)
        try:
            if self.tracker.is_live_file(source):    # checking it would open it outside SQLite
                raise TrackerError(f"{source} is this database's own file, not a backup of it")
            Tracker.check_backup(source)
        except TrackerError as exc:
            self.show_error(self.tr("Restore refused"), self.tr("Nothing was restored.") + "\n\n" + messages.error_text(exc))
            return False
        closed = target == self.tracker.path
        if closed:
            self.tracker.close()
        try:
            done = Tracker.restore(target, source)
        except TrackerError as exc:
            if closed:
                self._adopt(open_for_window(target, self._today))
            self.show_error(self.tr("Restore refused"), self.tr("Nothing was restored.") + "\n\n" + messages.error_text(exc))
            return False
        try:
            new = open_for_window(target, self._today)
        except TrackerError as exc:
            self.show_error(self.tr("Cannot open database"), messages.error_text(exc))
            return False
        self._adopt(new)
        kept = (self.tr("; the previous database was saved to {path}").format(path=done.safety) if done.safety else
                self.tr("; the damaged database was moved to {path}").format(path=done.set_aside)
                if done.set_aside else "")
        self.statusBar().showMessage(self.tr("Restored {name} from {backup}{kept}").format(
            name=target.name, backup=Path(source).name, kept=kept), 15000)
        return True

    # ================================================================================= messages ==
    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, text: str) -> None:
        text = messages.line(text)          # a lower layer's reason, translated where it is known
        self.last_error = text
        self.statusBar().showMessage(text.splitlines()[0], 10000)
        if not _interactive():
            return        # offscreen: no one to click OK (tests read last_error)
        QMessageBox.warning(self, title, text)

    def about(self) -> QMessageBox:
        """Help ▸ About: the installed version (non-blocking)."""
        return help_dialogs.show_about(self)

    def show_glossary(self) -> help_dialogs.GlossaryDialog:
        """Help ▸ Glossary: one window, raised again when asked again."""
        if getattr(self, "glossary_dialog", None) is None:
            self.glossary_dialog = help_dialogs.GlossaryDialog(self)
        self.glossary_dialog.show()
        self.glossary_dialog.raise_()
        return self.glossary_dialog

    def show_shortcuts(self) -> help_dialogs.ShortcutsDialog:
        """Help ▸ Keyboard shortcuts, read from the window's actions as they are now."""
        dialog = help_dialogs.ShortcutsDialog(self)
        dialog.open()
        return dialog

    # ===================================================== periods, benchmarks, realized gains ==
    def _period_positions(self) -> list:
        """Each active listing's position at the as-of date, XIRR and TWR over the chosen period."""
        t, options = self.tracker, self.view_options.options()
        try:
            per = options.reporting_period(t.today())
        except ValueError:
            per = t.period(as_of=options.as_of)
        account = self.account_filter
        found = [t.position_and_period(s, per, options.method, account) for s in t.active_listings(account)]
        self.period_results = {p.symbol: result for p, result in found}
        return [p for p, _ in found]

    def _view_options_changed(self) -> None:
        self.view_options.save(self.settings)
        self._refresh_ledger_views(table=False)
        if self.ready:
            self._feed_overlays(self.chart_symbol)
        if self.gains_dialog is not None:
            options = self.view_options.options()
            self.gains_dialog.set_view(options.method, options.as_of, self.account_filter)

    def _feed_comparison(self, symbol: str) -> None:
        """The position view's TWR index over the chosen period against the chosen benchmark."""
        from tracker.domain import risk
        t = self.tracker
        result = self.period_results.get(symbol)
        if result is None:
            options = self.view_options.options()
            result = t.period_return(symbol, options.reporting_period(t.today()), options.method,
                                     self.account_filter)
        benchmarks = [(b.symbol, b.name) for b in t.benchmarks()]
        chosen = str(self.settings.value("view/benchmark", "") or "")
        if chosen not in {b for b, _ in benchmarks}:
            chosen = ""

        def comparison() -> tuple:       # made when the position view shows it
            bench = t.benchmark_index(chosen, result) if chosen and result.index else ()
            return benchmarks, chosen, (period_name(result.period), result.index, chosen, bench, *risk_summary(result, risk))
        self.chart.set_comparison_source(comparison)

    def _benchmark_chosen(self, symbol: str) -> None:
        self.settings.setValue("view/benchmark", symbol)
        self._feed_comparison(self.chart_symbol)

    def show_gains(self):
        from tracker.ui.gains_view import GainsDialog
        options = self.view_options.options()
        if self.gains_dialog is None:
            self.gains_dialog = GainsDialog(self.tracker, self.settings, options.method, options.as_of, self)
            self.gains_dialog.set_view(options.method, options.as_of, self.account_filter)
        else:
            self.gains_dialog.set_view(options.method, options.as_of, self.account_filter)
        self.gains_dialog.show()
        self.gains_dialog.raise_()
        return self.gains_dialog

    def new_benchmark(self):
        """Ask for a benchmark's symbol, name and currency and add it (then import its prices)."""
        if not self._may_change():
            return None
        from tracker.ui.import_dialog import BenchmarkDialog
        dialog = BenchmarkDialog(self.tracker, self)
        dialog.accepted.connect(self._after_change)
        dialog.open()
        return dialog

    # ================================================================================= settings ==
    def _restore_settings(self) -> None:
        s = self.settings
        # docks first: the geometry is then checked against the restored layout's minimum size
        state = s.value("window/state")
        self._dock_width_saved = state is not None and self.restoreState(QByteArray(state), SETTINGS_VERSION)
        geometry = s.value("window/geometry")
        if geometry is None or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(*DEFAULT_SIZE)
        splitter = s.value("window/splitter")
        if splitter is None or not self.splitter.restoreState(QByteArray(splitter)):
            self.splitter.setSizes([600, 330])       # the chart gets the larger share
        header = s.value("trades/header")
        if header is not None and s.value("trades/columns") == _column_signature():
            self.trades_view.restore_header_state(QByteArray(header))   # (saved for these columns)
        self.view_options.restore(s)
        symbol = s.value("window/chart_listing")
        index = self.listing.findData(symbol) if symbol else -1
        if index >= 0:
            self.listing.blockSignals(True)
            self.listing.setCurrentIndex(index)
            self.listing.blockSignals(False)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState(SETTINGS_VERSION))
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("trades/header", self.trades_view.header_state())
        s.setValue("trades/columns", _column_signature())
        s.setValue("window/chart_listing", self.chart_symbol)
        visible = self.chart.visible_range()
        if visible:
            s.setValue(self._chart_range_key(), [d.isoformat() for d in visible])
        s.sync()

    def closeEvent(self, event) -> None:
        if self.current_task is not None:       # an import still running: it rolls back
            self.current_task.cancel()
            self.current_task.wait()
        self.save_settings()
        super().closeEvent(event)
        if event.isAccepted():
            self._closed = True
            self._collector.resume()
            self.watcher.stop()
            if not self._handed_over:           # a rebuilt window goes on with the database
                self.tracker.close()

    def rebuild(self) -> "MainWindow | None":
        """The same window built again, on the same database, in the language installed now (View ▸
        Language): every label is made afresh, so nothing is left in the old language. This window
        closes; its undo history goes with it (its steps call back into this window). Refused while
        an import or an update runs."""
        if self.busy:
            return None
        self.save_settings()
        new = MainWindow(self.tracker, self.settings, today=self._today)
        new.confirm = self.confirm
        new.setGeometry(self.geometry())        # exactly where this one was
        self._handed_over = True
        new.load_views()                        # this window stays on screen meanwhile: no empty frame
        new.show()
        self.close()
        for dock in (self.earnings_dock, self.buyback_dock):    # their panels' timers read the database
            dock.widget().deleteLater()
        return new


class FittingScrollArea(QScrollArea):
    """A vertical scroll area that asks for its widget's whole height (a plain one caps it) but
    lets the window shrink below it."""

    def __init__(self, widget: QWidget, objectName: str = ""):
        super().__init__(objectName=objectName)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)   # never more than it shows
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.updateGeometry()         # the cards rearranged: ask for their new height
        return super().eventFilter(watched, event)

    def sizeHint(self):
        hint = self.widget().sizeHint()
        return hint.expandedTo(self.widget().minimumSize())

    def minimumSizeHint(self):
        widget = self.widget()
        width = widget.minimumWidth() or widget.minimumSizeHint().width()   # as a layout would read it
        return QSize(width, min(widget.minimumSizeHint().height(), 60))


def risk_summary(result, risk) -> tuple[list[str], str]:
    """The drawdowns and volatility of a period's TWR index as one line, in a few lengths (longest
    first: the dates, then the volatility, then the current fall are left out), and their
    definitions."""
    if not result.index:
        return [], ""
    dd, vol = risk.drawdown(result.index), risk.volatility(result.index)
    peak = dd.peak or result.start
    maximum = tr("Max drawdown <b>{rate}</b>").format(rate=fmt.percent(-dd.maximum))
    now = tr("now {rate}").format(rate=fmt.percent(-dd.current))
    volatility = [] if vol.period is None else [tr("volatility {rate} over the period ({yearly} a year)").format(
        rate=fmt.percent(vol.period, signed=False), yearly=fmt.percent(vol.annualized, signed=False))]
    dated = maximum + (f" ({peak} → {dd.trough})" if dd.trough else "")
    texts = [" · ".join([dated, now, *volatility]), " · ".join([maximum, now, *volatility]),
             " · ".join([maximum, now]), maximum]
    return list(dict.fromkeys(texts)), tr(RISK_TIP)


RISK_TIP = (QT_TRANSLATE_NOOP("", "<b>Maximum drawdown</b>: the largest fall of the TWR index from its highest point so far, "
            "(peak − trough) ÷ peak, with the peak's and the trough's dates; the period's opening "
            "counts as a peak. <b>Now</b>: the fall from the highest point to the last day. "
            "<b>Volatility</b> (Portfolio Performance's): the standard deviation of the daily log "
            "returns ln(1 + rₜ) over the period, scaled to its length: √(n · Σ(ln(1 + rₜ) − mean)² "
            "÷ (n − 1)) for n daily returns. <b>A year</b>: the daily standard deviation × √252."))


def _holdings_in(values: list[tuple]) -> Callable[[date], tuple[float, float] | None]:
    """The chart readout's (units held, market value) on a day of `values` (`Tracker.value_series`
    rows, by day), looked up when asked: a save does not convert every day for it."""
    def on(day: date) -> tuple[float, float] | None:
        at = bisect_right(values, day, key=itemgetter(0)) - 1      # (the last row of a day, if several)
        if at >= 0 and values[at][0] == day:
            return float(values[at][1]), float(values[at][2])
        return None
    return on


def _trade_marker(trade: Trade) -> TradeMarker:
    return TradeMarker(trade.trade_date, trade.side, float(trade.price), float(trade.quantity),
                       describe=partial(_trade_label, trade))


def _trade_label(trade: Trade) -> str:
    """What hovering a trade's marker shows."""
    text = tr("Bought {quantity} at {price}") if trade.side == BUY else tr("Sold {quantity} at {price}")
    return (text.format(quantity=fmt.quantity(trade.quantity), price=fmt.price(trade.price, trade.currency))
            + (f" — {trade.note}" if trade.note else ""))


def _interactive() -> bool:
    """False when rendering offscreen (tests, screenshots): no modal message boxes then."""
    return os.environ.get("QT_QPA_PLATFORM", "") not in ("offscreen", "minimal")


def _column_signature() -> str:
    """The table's columns: a saved header layout only fits the columns it was saved with."""
    return "|".join(TABLE_COLUMNS)



def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


# ===================================================================================== entry points ==
def run_app(db_path: str | Path | None, create: bool = False) -> int:
    """The `tracker` command without arguments: the window on the database, until it is closed.
    A database that cannot be opened gets the offer of its backups (when on a screen)."""
    app = ensure_app(sys.argv[:1])
    create = paths.may_create(db_path, create)
    try:
        window = create_window(db_path, create=create)
    except TrackerError as exc:
        print(f"tracker: {exc}", file=sys.stderr)
        if not _interactive():
            return 1
        if not (isinstance(exc, DatabaseProblem) and exc.restorable):
            QMessageBox.critical(None, APP_NAME, messages.error_text(exc))
            return 1
        if not _restore_before_opening(exc):
            return 1
        window = create_window(db_path, create=create)
    window.show()
    return app.exec()


def _restore_before_opening(problem: DatabaseProblem) -> bool:
    """The backups dialog, modal, for a database the window cannot open; True once restored."""
    from tracker.ui.backups_dialog import BackupsDialog
    while True:
        dialog = BackupsDialog(Path(problem.path), messages.error_text(problem))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        try:
            Tracker.restore(problem.path, dialog.chosen)
            return True
        except TrackerError as exc:
            QMessageBox.warning(None, APP_NAME, tr("Nothing was restored.") + "\n\n" + messages.error_text(exc))


def _quiet_offscreen_notices() -> None:
    """The offscreen platform warns that it cannot size native windows, which is expected for a
    render: keep that notice out of a script's output, pass every other message on."""
    previous = None

    def handler(kind, context, message):
        if "does not support propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def render_screenshot(db_path: str | Path | None, out_path: str | Path, size: tuple[int, int],
                      create: bool = True) -> Path:
    """Render the real window offscreen at `size` and save it as PNG (fresh layout settings)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = ensure_app()
    _quiet_offscreen_notices()
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "screenshot.ini"), QSettings.Format.IniFormat)
        window = create_window(db_path, settings=settings, create=create)
        try:
            window.resize(*size)
            window.show()
            app.processEvents()
            window.finish_startup()         # the panels, without waiting for the timer
            for _ in range(5):              # layout and paint settle
                app.processEvents()
            image = window.grab()
            if not image.save(str(out), "PNG"):
                raise TrackerError(f"cannot write {out}")
        finally:
            window.close()
            app.processEvents()
    return out
