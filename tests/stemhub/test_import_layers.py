"""Apps depend one way (README, "Layers"): read every module's imports with ast and check them.

No Django needed: this is about the source, so it runs in milliseconds.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Lower layers first; a module may import its own app and apps of a LOWER layer only.
LAYERS = {
    "stemhub": 0,  # settings, site-wide pieces and the browse framework; apps build on it
    "taxonomy": 1,
    "videos": 2,
    "partners": 3,  # the partner video submission creates video pages
    "classroom": 4,
    "initiatives": 4,
    "opendata": 5,  # the open API, oEmbed and embeddable cards read every content app
    "impact": 5,  # counters, feedback and the dashboard count what every content app shows
}
# The demo loader fills every app and sits on top of all of them (`make run`); the factories
# of tests and benches build on its helpers.
ON_TOP = ("demo.py", "demo_data.py", "load_demo.py", "factories.py")

# Imports inside functions that hide a models <-> views circle: none left. A model that routes
# to views registers them in its AppConfig.ready() instead (partners, initiatives).
KNOWN_NESTED = set()


def app_modules():
    for app in LAYERS:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if "migrations" in relative.parts or path.name in ON_TOP:
                continue
            parts = list(relative.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            yield ".".join(parts), path


def imports(name, path):
    """(imported module, nested in a function?) for every import statement of a module."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []

    def visit(node, nested):
        for child in ast.iter_child_nodes(node):
            inner = nested or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                found.extend((alias.name, inner) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - (child.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                found.append((base, inner))
                found.extend((f"{base}.{alias.name}", inner) for alias in child.names)
            visit(child, inner)

    visit(tree, False)
    return found


MODULES = dict(app_modules())


def project_module(imported):
    """The project module an import names (a.b.C -> a.b), or None outside the project."""
    while imported and imported not in MODULES:
        imported = imported.rpartition(".")[0]
    return imported or None


def test_apps_import_only_their_own_or_a_lower_layer():
    wrong = []
    for name, path in MODULES.items():
        app = name.split(".")[0]
        for imported, nested in imports(name, path):
            target = project_module(imported)
            if target is None or nested:
                continue
            other = target.split(".")[0]
            if other != app and LAYERS[other] >= LAYERS[app]:
                wrong.append(f"{name} imports {target}")
    assert not wrong, wrong


def test_no_function_level_imports_hide_a_circle():
    nested = set()
    for name, path in MODULES.items():
        for imported, inner in imports(name, path):
            target = project_module(imported) or imported
            # AppConfig.ready() importing the app's signal handlers is Django's registration.
            if inner and target in MODULES and not name.endswith(".apps"):
                nested.add((name, target))
    assert nested <= KNOWN_NESTED, sorted(nested - KNOWN_NESTED)


def test_no_import_circles_between_modules():
    """Importing a.b.c runs a/__init__ and a/b/__init__ first, so those count as imports too."""
    graph = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for imported, nested in imports(name, path):
            target = project_module(imported)
            if target is None or nested:
                continue
            parts = target.split(".")
            for end in range(1, len(parts) + 1):
                parent = ".".join(parts[:end])
                if parent in MODULES and parent != name and not name.startswith(f"{parent}."):
                    graph[name].add(parent)
    circles = []
    state = {}

    def walk(node, trail):
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                circles.append(" -> ".join([*trail[trail.index(nxt) :], nxt]))
            elif nxt not in state:
                walk(nxt, [*trail, nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            walk(node, [node])
    assert not circles, circles


def test_the_check_sees_the_apps():
    """Guard the guard: the walk finds the modules, and a known import edge."""
    assert {"videos.filters", "stemhub.browse.facets", "classroom.models.pages"} <= set(MODULES)
    pages = imports("classroom.models.pages", MODULES["classroom.models.pages"])
    assert ("classroom.filters", False) in pages
