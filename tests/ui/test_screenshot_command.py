"""`tracker screenshot` as a script runs it: a PNG of the asked size and a quiet stderr."""
import os
import subprocess
import sys

from PySide6.QtGui import QImage


def test_screenshot_command_writes_the_size_asked_and_nothing_on_stderr(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRACKER_DB": str(tmp_path / "t.db")}
    out = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, "-m", "tracker", "screenshot", str(out), "--size", "1024x700"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)


def test_screenshot_command_refuses_a_bad_size(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRACKER_DB": str(tmp_path / "t.db")}
    done = subprocess.run([sys.executable, "-m", "tracker", "screenshot", str(tmp_path / "x.png"),
                           "--size", "big"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1 and "--size" in done.stderr and "Traceback" not in done.stderr
