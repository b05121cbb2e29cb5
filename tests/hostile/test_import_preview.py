"""The window's import preview reads files through the importers' checks: a file that is not text
to import gets the same one line, with its file line, and nothing to import."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("data, message", [
    (b"date,symbol,side,quantity,price,note\n2024-01-03,BABA,buy,1,70,ok\n2024-01-04,BABA,buy,1,70,caf\xe9\n",
     "line 3: file: not UTF-8 text (byte 0xE9)"),
    (b"date,symbol,side,quantity,price,note\n" + b"9" * 200_000, "line 2: file: a line is longer than 131,072"),
])
def test_the_preview_refuses_what_the_importer_refuses(qtbot, tracker, tmp_path, data, message):
    from tracker.ui.trade_import_dialog import TradeImportDialog
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    dialog = TradeImportDialog(tracker)
    qtbot.addWidget(dialog)
    dialog.set_path(path)
    assert not dialog.import_button.isEnabled()
    assert message in _error_text(dialog)


def test_the_preview_of_dev_zero_stops(qtbot, tracker):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero on this system")
    from tracker.ui.trade_import_dialog import TradeImportDialog
    dialog = TradeImportDialog(tracker)
    qtbot.addWidget(dialog)
    dialog.set_path(Path("/dev/zero"))
    assert not dialog.import_button.isEnabled() and "NUL bytes" in _error_text(dialog)


def _error_text(dialog) -> str:
    return "\n".join(str(e) for e in dialog.errors)
