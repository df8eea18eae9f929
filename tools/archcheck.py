"""Architecture facts of pipeline/: import cycles (module-level and in functions, TYPE_CHECKING
blocks excluded), module sizes, long functions."""
from __future__ import annotations
import ast, sys
from pathlib import Path

def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)

def imports(tree: ast.Module, mod: str, is_pkg: bool, known: set[str]) -> set[str]:
    out: set[str] = set()
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for sub in node.body:
                for n in ast.walk(sub):
                    skip.add(id(n))
    base = mod.split(".") if is_pkg else mod.split(".")[:-1]
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name in known: out.add(a.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                pkg = base[: len(base) - (node.level - 1)]
                target = ".".join(pkg + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for a in node.names:
                full = f"{target}.{a.name}"
                if full in known: out.add(full)
                elif target in known: out.add(target)
    out.discard(mod)
    return out

def main(root: Path) -> int:
    files = sorted(root.rglob("*.py"))
    mods = {module_name(root, f): f for f in files}
    graph = {}
    long_funcs = []
    big = []
    for m, f in mods.items():
        text = f.read_text()
        tree = ast.parse(text)
        graph[m] = imports(tree, m, f.name == "__init__.py", set(mods))
        n = len(text.splitlines())
        if n > 400: big.append((n, m))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > 60: long_funcs.append((length, f"{m}.{node.name}"))
    # strongly connected components (iterative Tarjan)
    index = {}; low = {}; stack = []; on = set(); sccs = []; counter = [0]
    for start in graph:
        if start in index: continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter[0]; counter[0] += 1; stack.append(start); on.add(start)
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter[0]; counter[0] += 1; stack.append(w); on.add(w)
                    work.append((w, iter(sorted(graph[w])))); break
                elif w in on:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work: low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop(); on.discard(w); comp.append(w)
                        if w == v: break
                    # package __init__ importing its submodules is not a cycle of interest if size 1
                    if len(comp) > 1: sccs.append(sorted(comp))
    for c in sccs: print("cycle:", " ".join(c))
    for n, m in sorted(big, reverse=True): print(f"big: {m} {n} lines")
    for n, f in sorted(long_funcs, reverse=True): print(f"long: {f} {n} lines")
    return 0

if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "pipeline")))
