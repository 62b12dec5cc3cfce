"""No module binds one top-level name twice.

A second ``_ON = …`` further down a long rules module silently replaces the first for
every function that reads it, including those written above it (``_ON`` meant "على" in
one rule and "على عبر في" in another until this check). Ruff's F811 sees functions and
imports only, so plain assignments are checked here.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "qawl"


def rebound(source: str) -> list[str]:
    """The names a module assigns, defines or imports more than once at top level."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            counts[node.name] += 1
    return sorted(name for name, n in counts.items() if n > 1 and name != "__all__")


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_names_bound_once(path):
    assert rebound(path.read_text(encoding="utf-8")) == []


def test_module_names_check_catches_a_second_binding():
    assert rebound('_ON = {"على"}\n\ndef f():\n    return _ON\n\n_ON = {"في"}\n') == ["_ON"]
    assert rebound("A = 1\nB = 2\n") == []
