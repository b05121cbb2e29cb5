"""Dependencies point one way: ui -> app -> store -> domain (checked on the source, with ast)."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tracker"

# what each layer may import from the project (besides itself)
ALLOWED = {
    "domain": set(),
    "store": {"domain", "errors", "paths", "cached"},
    "importers": {"domain", "errors"},
    "online": {"domain", "errors", "importers"},
    "app": {"domain", "store", "importers", "online", "errors", "paths", "cached"},
    "ui": {"app", "domain", "errors", "paths", "ui", "version"},
}
FORBIDDEN_THIRD_PARTY = {
    "domain": {"sqlite3", "sqlite_utils", "numpy", "pandas", "PySide6", "pyqtgraph"},
    "store": {"PySide6", "pyqtgraph"},
    "importers": {"PySide6", "pyqtgraph", "sqlite_utils", "sqlite3"},
    "online": {"PySide6", "pyqtgraph", "sqlite_utils", "sqlite3"},
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


def test_a_read_command_does_not_load_pandas_or_the_exchange_calendars():
    """`tracker position` answers from the database: pandas (a third of a second to import) is
    only for reading price files, and a price years old is stale without counting sessions."""
    import subprocess
    import sys
    code = ("import sys; from tracker.cli import main; "
            "main(['--db', sys.argv[1], '--create', 'trades', 'add', '--symbol', 'BABA', '--side', 'buy', "
            "'--date', '2020-03-02', '--quantity', '1', '--price', '200']); "
            "[sys.modules.pop(m) for m in list(sys.modules) if m.startswith(('pandas', 'exchange_calendars'))]; "
            "main(['--db', sys.argv[1], 'position']); "
            "print(any(m.startswith(('pandas', 'exchange_calendars')) for m in sys.modules))")
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run([sys.executable, "-c", code, str(Path(folder) / "t.db")],
                              capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
