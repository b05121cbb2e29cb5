"""Where the default database, backups and bundled resources live."""
from __future__ import annotations

import importlib.resources
import os
from pathlib import Path

import platformdirs

APP_NAME = "Tracker"
DB_ENV = "TRACKER_DB"


def default_db_path() -> Path:
    """`TRACKER_DB` if set, else tracker.db in the user's data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "tracker.db"


def may_create(db_path: Path | None, create: bool = False) -> bool:
    """Whether opening `db_path` may make a new database (and its folder): always for the default
    database, otherwise only when asked (`--create`, File ▸ New database), so that a mistyped path
    is refused instead of silently starting an empty database somewhere."""
    if create or db_path is None:
        return True
    return Path(db_path).expanduser().resolve() == default_db_path().resolve()


def backup_dir(db_path: Path) -> Path:
    """Backups sit in a `backups` folder beside the database."""
    return Path(db_path).resolve().parent / "backups"


def cache_dir() -> Path:
    """What can be built again (exchange sessions): the user's cache folder."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """Bundled reference data and desktop files: the package's own `tracker.resources` (found
    through importlib.resources, so a stray `resources` folder beside the installed package never
    stands in for it), else, in a source checkout, the repository's resources/."""
    try:
        found = importlib.resources.files("tracker.resources")
    except ModuleNotFoundError:
        found = None
    if found is not None and found.is_dir() and (found / "earnings.csv").is_file():
        return Path(str(found))
    repo = Path(__file__).resolve().parent.parent
    if (repo / "pyproject.toml").is_file() and (repo / "resources" / "earnings.csv").is_file():
        return repo / "resources"
    return Path(__file__).resolve().parent / "resources"


def config_dir() -> Path:
    """The user's settings folder for Tracker: `$XDG_CONFIG_HOME/tracker`, else ~/.config/tracker."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser() / "tracker"
