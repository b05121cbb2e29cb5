"""What a packager gets: the source distribution holds the whole test suite and the licence, the
wheel holds the bundled data and desktop files inside the package."""
from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    pytest.importorskip("build")
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    [sdist] = out.glob("*.tar.gz")
    [wheel] = out.glob("*.whl")
    return sdist, wheel


def _suite_files() -> set[str]:
    return {str(p.relative_to(REPO)) for p in (REPO / "tests").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and ".pytest_cache" not in p.parts}


def test_the_sdist_holds_the_whole_test_suite_and_the_licence(built):
    sdist, _ = built
    with tarfile.open(sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
        info = tar.extractfile(next(m for m in tar.getmembers() if m.name.count("/") == 1
                                    and m.name.endswith("/PKG-INFO"))).read().decode()
    missing = sorted(_suite_files() - names)
    assert not missing, f"not in the sdist: {missing[:10]}"
    assert {"LICENSE", "pyproject.toml", "README.md", "resources/earnings.csv"} <= names
    assert "License-Expression: MIT" in info and "License-File: LICENSE" in info


def test_the_wheel_carries_the_bundled_files_inside_the_package(built):
    _, wheel = built
    with zipfile.ZipFile(wheel) as whl:
        names = set(whl.namelist())
    for name in ("earnings.csv", "buybacks.csv", "dividends.csv", "alibaba-tracker.desktop",
                 "alibaba-tracker.svg", "__init__.py"):
        assert f"tracker/resources/{name}" in names
    assert not any(n.startswith(("resources/", "tests/")) for n in names)   # nothing loose in site-packages
