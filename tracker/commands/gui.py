"""`tracker` with no subcommand: the desktop window, or a clear message when there is no display."""
from __future__ import annotations

import ctypes.util
import os
import sys
from pathlib import Path

NO_DISPLAY = ("tracker: no display found. Run it on a desktop session, or offscreen with "
              "QT_QPA_PLATFORM=offscreen (e.g. `tracker screenshot out.png`), or use the "
              "command line: `tracker --help`.")
# Qt's xcb plugin aborts the process when these are missing; say which package to install instead.
XCB_LIBS = {"xcb-cursor": "libxcb-cursor0", "xkbcommon-x11": "libxkbcommon-x11-0",
            "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1",
            "xcb-shape": "libxcb-shape0", "xcb-xkb": "libxcb-xkb1", "EGL": "libegl1"}


def display_problem() -> str | None:
    """Why a window cannot open here, or None when it can."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return NO_DISPLAY
    missing = [pkg for lib, pkg in XCB_LIBS.items() if ctypes.util.find_library(lib) is None]
    if missing:
        return ("tracker: Qt's X11 support needs system libraries that are missing: install "
                f"{' '.join(missing)} (e.g. `sudo apt-get install {' '.join(missing)}`), "
                "or run with QT_QPA_PLATFORM=offscreen.")
    return None


def open_window(db_path: Path | None, create: bool = False) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from tracker.ui.main_window import run_app
    return run_app(db_path, create=create)
