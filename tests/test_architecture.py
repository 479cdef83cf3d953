"""Layers point one way: the domain, the contracts and the exports never import Qt.

import-linter checks the same in scripts/test.sh; this test keeps it true under plain pytest.
"""

from __future__ import annotations

import ast

from tests.conftest import ROOT

PURE = ("models", "contracts", "exports")


def _imports(path: str) -> set[str]:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_pure_packages_never_import_qt() -> None:
    for package in PURE:
        for path in (ROOT / package).rglob("*.py"):
            imported = _imports(str(path.relative_to(ROOT)))
            assert not imported & {"PySide6", "shiboken6", "desktop"}, path


def test_models_do_not_import_outer_layers() -> None:
    for path in (ROOT / "models").rglob("*.py"):
        imported = _imports(str(path.relative_to(ROOT)))
        assert not imported & {"contracts", "exports", "desktop", "cli"}, path
