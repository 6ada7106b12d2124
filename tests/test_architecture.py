"""The domain core imports neither typer nor rich; only cli.py and render.py may."""
from __future__ import annotations

import ast
from pathlib import Path

import ipcheck

CORE = Path(ipcheck.__file__).parent
ALLOWED = {"cli.py": {"typer", "rich"}, "render.py": {"rich"}}


def imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_modules_do_not_import_ui_libraries():
    for path in CORE.glob("*.py"):
        forbidden = {"typer", "rich", "click"} - ALLOWED.get(path.name, set())
        assert not (imported(path) & forbidden), path.name


def test_modules_stay_small():
    for path in CORE.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 650, path.name


def test_sources_compile_without_warnings():
    """Invalid escapes and the like warn only when a module is first compiled; compile them all here."""
    import warnings

    package = Path(ipcheck.__file__).resolve().parent
    for module in sorted(package.glob("*.py")):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            compile(module.read_text(encoding="utf-8"), str(module), "exec")
