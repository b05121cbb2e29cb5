"""Tracker in the desktop's menu: the bundled .desktop file and icon, installed where freedesktop
menus look; the bundled files found through the package even beside a stray resources folder."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tracker import paths
from tracker.cli import main

REPO = Path(__file__).resolve().parents[1]


def test_install_desktop_entry_writes_the_menu_entry_and_its_icon(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop-entry"]) == 0
    entry = tmp_path / "share" / "applications" / "alibaba-tracker.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / "alibaba-tracker.svg"
    assert f"wrote {entry}" in capsys.readouterr().out
    assert icon.read_bytes().startswith(b"<?xml") and b"<svg" in icon.read_bytes()
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.optionxform = str
    parsed.read(entry, encoding="utf-8")
    desktop = parsed["Desktop Entry"]
    assert desktop["Name"] == "Tracker" and desktop["Type"] == "Application"
    assert desktop["Icon"] == icon.stem                            # found by the icon theme
    command = desktop["Exec"]
    assert command == "tracker" or Path(command.strip("'")).is_file()   # this installation's script


def test_the_default_folder_is_the_users_local_share(tmp_path, monkeypatch):
    from tracker.commands.desktop import data_home
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")            # not absolute: ignored, as the spec says
    assert data_home() == tmp_path / ".local" / "share"


def test_an_unwritable_folder_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["install-desktop-entry", "--data-home", str(blocker)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("tracker: cannot install the desktop entry in ") and err.count("\n") == 1


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_installed_entry_passes_desktop_file_validate(tmp_path):
    from tracker.commands.desktop import install
    entry, _icon = install(tmp_path)
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_window_has_the_bundled_icon():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tracker.ui.main_window import ensure_app
    app = ensure_app()
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == "alibaba-tracker"
    assert not app.windowIcon().pixmap(64, 64).toImage().isNull()


def test_bundled_files_come_from_the_package_not_a_stray_resources_folder(tmp_path):
    """As installed from a wheel: site-packages/tracker/resources holds the bundled files; a
    `resources` folder another distribution left in site-packages must not stand in for them."""
    site = tmp_path / "site-packages"
    shutil.copytree(REPO / "tracker", site / "tracker", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "resources", site / "tracker" / "resources",
                    ignore=shutil.ignore_patterns("screenshots"))
    stray = site / "resources"
    stray.mkdir()
    (stray / "earnings.csv").write_text("not ours\n")
    code = "from tracker import paths; print(paths.resources_dir())"
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == site / "tracker" / "resources"


def test_the_source_checkout_reads_the_repositorys_resources():
    assert (paths.resources_dir() / "earnings.csv").is_file()
    assert (paths.resources_dir() / "alibaba-tracker.desktop").is_file()
