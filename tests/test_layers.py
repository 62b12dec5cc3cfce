"""The layer rule: qawl reads top-down, and no module imports a layer above its own.

    0  qawl.config, qawl.data, qawl.document, qawl._version,  (the ground floor)
       qawl.resources (data files shipped with the package)
    1  qawl.models, qawl.attribution                          (networks, predictors, rules)
    2  qawl.training, qawl.eval                               (training and evaluation)
    3  qawl.pipeline, qawl.bundle, qawl.render,               (the article pipeline and views,
       qawl.stream                                            the streaming corpus mode)
    4  qawl.cli, qawl (the package's __init__)                (entry points)

Every import is checked, including those inside functions (lazy imports still
couple the layers). One upward import is allowed, listed in :data:`ALLOWED` with
its reason; anything else, even from the same module, fails.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "qawl"
LAYERS = {
    "qawl._version": 0,
    "qawl.config": 0,
    "qawl.data": 0,
    "qawl.document": 0,
    "qawl.resources": 0,
    "qawl.models": 1,
    "qawl.attribution": 1,
    "qawl.training": 2,
    "qawl.eval": 2,
    "qawl.pipeline": 3,
    "qawl.bundle": 3,
    "qawl.render": 3,
    "qawl.stream": 3,
    "qawl.cli": 4,
    "qawl": 4,
}

# (importing module, imported module) → why the upward import is fine.
ALLOWED = {
    ("qawl.document", "qawl.render.html"): (
        "an output type delegates to its view: Document.to_html() imports the pure "
        "HTML renderer lazily, inside the method"
    ),
}


def layer_of(module: str) -> int:
    """The layer of a qawl module: its longest prefix in :data:`LAYERS`."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        prefix = ".".join(parts[:n])
        if prefix in LAYERS:
            return LAYERS[prefix]
    raise KeyError(f"{module} is in no layer: add its package to LAYERS")


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def qawl_imports(path: Path) -> list[tuple[int, str]]:
    """``(line, module)`` of every qawl module a file imports."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "qawl"]
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and node.module
            and node.module.split(".")[0] == "qawl"
        ):
            found.append((node.lineno, node.module))
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: module_name(p))
def test_layers_no_upward_import(path):
    own = layer_of(module_name(path))
    upward = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {module} (layer {layer_of(module)} > {own})"
        for line, module in qawl_imports(path)
        if layer_of(module) > own and (module_name(path), module) not in ALLOWED
    ]
    assert not upward, "\n".join(upward)


def test_layers_allowed_exceptions_exist_and_are_lazy():
    # Each allowed upward import is really made, and only inside a function, so
    # importing the lower module never loads the higher one.
    for (importer, imported), reason in ALLOWED.items():
        path = PACKAGE.parent / (importer.replace(".", "/") + ".py")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level = {
            node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.module
        } | {a.name for node in tree.body if isinstance(node, ast.Import) for a in node.names}
        assert (importer, imported) in {(importer, m) for _, m in qawl_imports(path)}, reason
        assert imported not in top_level, f"{importer} imports {imported} at module level"


def test_layers_cover_every_module():
    for path in SOURCES:
        layer_of(module_name(path))  # raises for a module outside every layer


def test_layers_check_catches_an_upward_import(tmp_path):
    # The checker itself: a data module importing the pipeline is found.
    fake = PACKAGE / "data" / "text.py"
    src = tmp_path / "mod.py"
    src.write_text("def f():\n    from qawl.pipeline import load\n", encoding="utf-8")
    assert qawl_imports(src) == [(2, "qawl.pipeline")]
    assert layer_of("qawl.pipeline") > layer_of(module_name(fake))
