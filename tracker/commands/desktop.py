"""tracker install-desktop-entry: put Tracker in the desktop's application menu, with its icon
(freedesktop paths under $XDG_DATA_HOME, default ~/.local/share)."""
from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from tracker import paths
from tracker.errors import TrackerError

APP_ID = "alibaba-tracker"
DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_FILE = f"{APP_ID}.svg"


def register(sub) -> None:
    s = sub.add_parser("install-desktop-entry", help="add Tracker to the desktop's application menu")
    s.add_argument("--data-home", type=Path, default=None,
                   help="folder to install into (default: $XDG_DATA_HOME, else ~/.local/share)")
    s.set_defaults(run=install_desktop_entry, no_tracker=True)


def data_home(given: Path | None = None) -> Path:
    if given is not None:
        return given.expanduser()
    env = os.environ.get("XDG_DATA_HOME", "")
    return Path(env).expanduser() if env and Path(env).is_absolute() else Path.home() / ".local" / "share"


def launcher() -> str:
    """The command the menu runs: this installation's own `tracker` script when it sits beside
    the interpreter (a virtualenv, pipx), else `tracker` on the PATH."""
    script = Path(sys.executable).parent / "tracker"
    return shlex.quote(str(script)) if script.is_file() else "tracker"


def desktop_text(exec_line: str) -> str:
    template = (paths.resources_dir() / DESKTOP_FILE).read_text(encoding="utf-8")
    return "".join(f"Exec={exec_line}\n" if line.startswith("Exec=") else line
                   for line in template.splitlines(keepends=True))


def install(home: Path, exec_line: str | None = None) -> tuple[Path, Path]:
    """Write the menu entry and the icon under `home`; returns their paths."""
    apps = home / "applications"
    icons = home / "icons" / "hicolor" / "scalable" / "apps"
    entry, icon = apps / DESKTOP_FILE, icons / ICON_FILE
    try:
        apps.mkdir(parents=True, exist_ok=True)
        icons.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(paths.resources_dir() / ICON_FILE, icon)
        entry.write_text(desktop_text(exec_line or launcher()), encoding="utf-8")
    except OSError as exc:
        raise TrackerError(f"cannot install the desktop entry in {home}: {exc.strerror or exc}") from None
    return entry, icon


def install_desktop_entry(args) -> int:
    entry, icon = install(data_home(args.data_home))
    print(f"wrote {entry}")
    print(f"wrote {icon}")
    return 0
