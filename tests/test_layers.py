"""Dependencies point one way: ui -> app -> store -> domain (checked on the source, with ast)."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tracker"

# what each layer may import from the project (besides itself)
ALLOWED = {
    "domain": set(),
    "store": {"domain", "errors", "paths"},
    "importers": {"domain", "errors"},
    "app": {"domain", "store", "importers", "errors", "paths"},
    "ui": {"app", "domain", "errors", "paths", "ui"},
}
FORBIDDEN_THIRD_PARTY = {
    "domain": {"sqlite3", "sqlite_utils", "numpy", "pandas", "PySide6", "pyqtgraph"},
    "store": {"PySide6", "pyqtgraph"},
    "importers": {"PySide6", "pyqtgraph", "sqlite_utils", "sqlite3"},
    "app": {"PySide6", "pyqtgraph"},
}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_point_one_way(layer):
    folder = PACKAGE / layer
    bad = []
    for path in folder.rglob("*.py"):
        for name in _imports(path):
            top, _, rest = name.partition(".")
            if top == "tracker":
                target = rest.split(".")[0]
                if target and target != layer and target not in ALLOWED[layer]:
                    bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
            elif top in FORBIDDEN_THIRD_PARTY.get(layer, ()):
                bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not bad, "layering broken:\n" + "\n".join(bad)
