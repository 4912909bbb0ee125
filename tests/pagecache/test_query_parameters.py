"""The list of query parameters the cache keeps must name every parameter a page reads."""

import ast
from pathlib import Path

import django_filters
from django.conf import settings
from django.utils.module_loading import import_string
from wagtail.admin.filters import WagtailFilterSet

from stemhub.pagecache.conf import known_query_parameters

ROOT = Path(settings.BASE_DIR)
APPS = ["stemhub", "taxonomy", "videos", "classroom", "initiatives", "partners", "selftest"]


def project_filtersets():
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text())
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and any(
                    "FilterSet" in ast.unparse(base) for base in node.bases
                ):
                    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
                    yield f"{module}.{node.name}"


def parameters_read_in_code():
    """Names in request.GET.get("…") and request.GET["…"] anywhere in the apps."""
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if (
                    isinstance(node, ast.Call)
                    and ast.unparse(node.func).endswith("GET.get")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    yield path.name, node.args[0].value
                if (
                    isinstance(node, ast.Subscript)
                    and ast.unparse(node.value).endswith(".GET")
                    and isinstance(node.slice, ast.Constant)
                ):
                    yield path.name, node.slice.value


def test_every_browse_filterset_is_known_to_the_cache():
    listed = set(settings.STEMHUB_PAGE_CACHE_FILTERSETS)
    classes = {name: import_string(name) for name in project_filtersets()}
    # The admin's filters (WagtailFilterSet) serve signed-in editors, whom the cache never serves.
    classes = {
        n: c
        for n, c in classes.items()
        if issubclass(c, django_filters.FilterSet) and not issubclass(c, WagtailFilterSet)
    }
    # A shared base (stemhub.browse's BrowseFilterSet) is not a page's FilterSet.
    bases = {base for cls in classes.values() for base in cls.__mro__[1:]}
    found = {name for name, cls in classes.items() if cls not in bases}
    assert found <= listed, f"add to STEMHUB_PAGE_CACHE_FILTERSETS: {sorted(found - listed)}"


def test_every_parameter_a_view_reads_is_kept():
    known = known_query_parameters()
    missing = {(file, name) for file, name in parameters_read_in_code() if name not in known}
    assert not missing, f"add to STEMHUB_PAGE_CACHE_QUERY_PARAMETERS: {sorted(missing)}"


def test_the_filters_are_in_the_list():
    assert {"sector", "profile", "year", "q", "page", "region", "level", "sort"} <= set(
        known_query_parameters()
    )
