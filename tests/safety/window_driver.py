"""A real Tracker window in its own process, driven line by line over stdin, so that a test can
SIGKILL it as a user's crash would. Commands: `dialog` (File ▸ Open database, cancelled once it
has listed the folder), `save` (a trade typed and saved), and `rows` (what the table shows)."""
from __future__ import annotations

import os
import sys
from datetime import date
from decimal import Decimal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db_path: str, settings_path: str) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from tracker.domain.model import Trade
    from tracker.ui.main_window import create_window

    window = create_window(db_path, settings=QSettings(settings_path, QSettings.Format.IniFormat),
                           today=date(2026, 12, 1))
    window.confirm = lambda title, text: True
    window.show()
    app = QApplication.instance()
    while not window.ready:
        app.processEvents()
    print("ready", window.tracker.read_only, flush=True)
    quantity = 0
    for line in sys.stdin:
        command = line.strip()
        if command == "dialog":
            def cancel():
                dialog = QApplication.activeModalWidget()
                if dialog is None:              # not up yet: try again shortly
                    QTimer.singleShot(100, cancel)
                    return
                dialog.reject()
            QTimer.singleShot(1500, cancel)     # time enough to list the folder and sniff its files
            window.open_database_dialog()
            print("dialog closed", flush=True)
        elif command == "save":
            quantity += 1
            window._save_new_trade(Trade("BABA", "buy", date(2024, 3, 1), Decimal(quantity),
                                         Decimal("75.00"), Decimal(0)))
            app.processEvents()
            print("saved", window.trades_view.count.text(), flush=True)
        elif command == "quit":
            window.close()
            print("closed", flush=True)
            return


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
