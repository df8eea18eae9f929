"""Architecture facts of pipeline/: import cycles (module-level and in functions,
TYPE_CHECKING blocks excluded), modules over 400 lines, functions over 60 lines.

    python3 tools/archcheck.py pipeline

prints one line per fact (`cycle: a b c`, `big: module N lines`, `long: function N lines`);
tests/test_architecture.py holds the package to none, none and at most three.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def module_name(root: Path, path: Path) -> str:
    """The dotted name of the module at `path` (a package's __init__ is the package)."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for sub in node.body:
                skip.update(id(n) for n in ast.walk(sub))
    return skip


def imports(tree: ast.Module, mod: str, is_pkg: bool, known: set[str]) -> set[str]:
    """The package modules `mod` imports anywhere in its code but TYPE_CHECKING blocks."""
    out: set[str] = set()
    skip = _type_checking_nodes(tree)
    base = mod.split(".") if is_pkg else mod.split(".")[:-1]
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                pkg = base[: len(base) - (node.level - 1)]
                target = ".".join(pkg + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for a in node.names:
                full = f"{target}.{a.name}"
                if full in known:
                    out.add(full)
                elif target in known:
                    out.add(target)
    out.discard(mod)
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)

    for start in graph:
        if start in index:
            continue
        visit(start)
        work = [(start, iter(sorted(graph[start])))]
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    visit(w)
                    work.append((w, iter(sorted(graph[w]))))
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp: list[str] = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        found.append(sorted(comp))
    return found


def main(root: Path) -> int:
    graph: dict[str, set[str]] = {}
    long_funcs: list[tuple[int, str]] = []
    big: list[tuple[int, str]] = []
    mods = {module_name(root, f): f for f in sorted(root.rglob("*.py"))}
    for m, f in mods.items():
        text = f.read_text()
        tree = ast.parse(text)
        graph[m] = imports(tree, m, f.name == "__init__.py", set(mods))
        n = len(text.splitlines())
        if n > MAX_MODULE_LINES:
            big.append((n, m))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long_funcs.append((length, f"{m}.{node.name}"))
    for c in cycles(graph):
        print("cycle:", " ".join(c))
    for n, m in sorted(big, reverse=True):
        print(f"big: {m} {n} lines")
    for n, name in sorted(long_funcs, reverse=True):
        print(f"long: {name} {n} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "pipeline")))
