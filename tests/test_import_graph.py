"""The import graph, read from the source: tui/ sees only the store's public face, store/ never
imports tui/, and no two modules import each other, directly or round a loop (as Harlequin
checks its data layer). Imports inside functions count: a lazy import is still a dependency."""

import ast

from tests.conftest import ROOT


def _module_name(path) -> str:
    rel = path.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
    return "whomet." + rel.removesuffix(".__init__")


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for top in ("store", "tui") for p in (ROOT / top).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # `from whomet.store import fts` names a module; `from whomet.store import Store` a name.
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                           for a in node.names]
            else:
                continue
            edges |= {t for t in targets if t.startswith("whomet.") and t != name}
        graph[name] = edges
    return graph


def test_store_never_imports_tui():
    bad = {m: sorted(t for t in ts if t.startswith("whomet.tui")) for m, ts in _graph().items()
           if m.startswith("whomet.store")}
    assert not {m: ts for m, ts in bad.items() if ts}


def test_tui_imports_only_the_stores_public_face():
    bad = {m: sorted(t for t in ts if t.startswith("whomet.store.")) for m, ts in _graph().items()
           if m.startswith("whomet.tui")}
    assert not {m: ts for m, ts in bad.items() if ts}, "import these from `whomet.store` (store/__init__.py)"


def test_public_face_names_exist():
    import whomet.store as public

    for name in public._PUBLIC:
        assert getattr(public, name) is not None, name


def test_no_import_cycles():
    graph = _graph()
    # The package's own __init__ re-exports lazily (by name, at call time): it is the door, not a dependency.
    graph = {m: {t for t in ts if t != "whomet.store"} for m, ts in graph.items()}
    cycles, state = [], {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                cycles.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)
