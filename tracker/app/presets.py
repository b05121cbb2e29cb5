"""Saved column mappings for other brokers' CSV files ("presets"), one JSON file per user
(`paths.config_dir()/import_presets.json`): the import dialog and `--preset NAME` reuse them."""
from __future__ import annotations

import json
import os
from pathlib import Path

from tracker import paths
from tracker.domain.model import FieldError
from tracker.errors import TrackerError, ValidationError
from tracker.importers.mapped import DATE_ORDERS, DECIMAL_SEPARATORS, REQUIRED, ROLE_HELP, ROLES, Mapping

# what a mapping is made of, for the window (which talks to the app layer only)
__all__ = ["DATE_ORDERS", "DECIMAL_SEPARATORS", "REQUIRED", "ROLE_HELP", "ROLES", "Mapping",
           "delete", "get", "load_all", "presets_file", "save"]

FILE_NAME = "import_presets.json"
MAX_NAME = 60


def presets_file() -> Path:
    return paths.config_dir() / FILE_NAME


def load_all() -> dict[str, Mapping]:
    path = presets_file()
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(name): Mapping.from_json(str(name), body) for name, body in dict(data["presets"]).items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TrackerError(f"file: {path} is not a presets file Tracker can read ({exc}); "
                           "move it aside and save the presets again") from None


def get(name: str) -> Mapping:
    found = load_all().get(name)
    if found is None:
        known = ", ".join(sorted(load_all())) or "none saved yet"
        raise TrackerError(f"preset: no preset named {name!r} (saved: {known}); "
                           "make one with `tracker presets add NAME ...` or in the import dialog")
    return found


def save(mapping: Mapping) -> Mapping:
    """Add or replace the preset `mapping.name` (refused, by field, when the mapping is incomplete)."""
    name = mapping.name.strip()
    errors = mapping.problems()
    if not name or len(name) > MAX_NAME:
        errors.insert(0, FieldError("name", f"a preset needs a name of 1 to {MAX_NAME} characters"))
    if errors:
        raise ValidationError(errors)
    presets = load_all()
    presets[name] = Mapping(mapping.columns, mapping.date_order, mapping.decimal, name)
    _write(presets)
    return presets[name]


def delete(name: str) -> None:
    presets = load_all()
    if name not in presets:
        get(name)          # the refusal naming what is saved
    del presets[name]
    _write(presets)


def _write(presets: dict[str, Mapping]) -> None:
    path = presets_file()
    body = {"presets": {name: m.as_json() for name, m in sorted(presets.items())}}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".json.partial")
        partial.write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(partial, path)          # never a half-written presets file
    except OSError as exc:
        raise TrackerError(f"file: cannot write {path}: {exc.strerror or exc}") from None
