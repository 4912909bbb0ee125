"""Which apps add demo content, in which order, and the two ways to run them.

`settings.STEMHUB_DEMO_APPS` lists app labels in dependency order. Each app's `demo` module
registers its data files and its steps; the site (`stemhub`) never imports an app's internals:

    DEMO_FILES = {"videos.yaml": schema, …}   # checked before anything is written
    SECTION_PAGE = VideoIndexPage             # optional: its section page (sections.yaml)
                                              # is part of the skeleton, in that file's order
    def load_skeleton(context): …             # optional: part of the page skeleton
    def load(context): …                      # optional: the rest of the demo content

An app listed without a `demo` module, or a module with neither step, stops the run with a
message that says so: nothing is skipped silently.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from wagtail.models import Page

from stemhub.search.signals import indexing_deferred

from .about import ABOUT_FILE, load_about
from .files import DemoFiles
from .indexes import reference_index_deferred
from .pages import DemoContext
from .schema import DemoDataError
from .site import (
    HOME_FILE,
    add_section,
    load_entry_points,
    load_featured,
    load_home,
    relink_entry_points,
    sections_file,
)
from .statements import STATEMENTS_FILE, load_statements


def demo_modules():
    """The `demo` module of every app in STEMHUB_DEMO_APPS, in that order."""
    modules = []
    for label in settings.STEMHUB_DEMO_APPS:
        try:
            config = apps.get_app_config(label)
        except LookupError as error:
            raise ImproperlyConfigured(
                f"STEMHUB_DEMO_APPS names {label!r}, which is not an installed app."
            ) from error
        name = f"{config.name}.demo"
        try:
            module = import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            raise ImproperlyConfigured(
                f"STEMHUB_DEMO_APPS names {label!r}, but the module {name} does not exist."
            ) from error
        if not (hasattr(module, "load_skeleton") or hasattr(module, "load")):
            raise ImproperlyConfigured(f"{name} defines neither load_skeleton() nor load().")
        modules.append((label, module))
    return modules


def demo_files(modules=None):
    """The data files of all registered apps and of the site, each with its schema."""
    modules = demo_modules() if modules is None else modules
    schemas = {
        "home.yaml": HOME_FILE,
        "sections.yaml": sections_file([m[0] for m in modules]),
        "about.yaml": ABOUT_FILE,
        "statements.yaml": STATEMENTS_FILE,
    }
    for label, module in modules:
        for name, schema in getattr(module, "DEMO_FILES", {}).items():
            if name in schemas:
                raise ImproperlyConfigured(f"demo/{name} is registered twice (again by {label}).")
            schemas[name] = schema
    return DemoFiles(schemas)


def _skeleton(modules, files):
    context = DemoContext(home=load_home(files), files=files)
    section_pages = {label: getattr(module, "SECTION_PAGE", None) for label, module in modules}
    for record in files["sections.yaml"]["sections"]:  # in the file's order: the menu's order
        if section_pages[record["app"]] is not None:
            add_section(context, record["app"], section_pages[record["app"]])
    missing = [
        label for label, model in section_pages.items() if model and label not in context.sections
    ]
    if missing:
        raise DemoDataError(f"demo/sections.yaml: no section for the app {missing[0]!r}")
    for _label, module in modules:
        if hasattr(module, "load_skeleton"):
            module.load_skeleton(context)
    load_entry_points(context)
    return context


@transaction.atomic
def load():
    """The page skeleton: home page, sections, sectors, partners and the entry points.

    What tests build on (the `site_tree` fixture); returns the DemoContext. Wagtail's reference
    index and the site search's entries are written once per object at the end (indexes.py,
    `stemhub.search.signals.indexing_deferred`).
    """
    modules = demo_modules()
    with reference_index_deferred(), indexing_deferred():
        return _skeleton(modules, demo_files(modules))


@transaction.atomic
def load_all():
    """All demo content: every data file is checked first, then the skeleton and each app's
    content are created in one transaction, so a bad record leaves nothing half-loaded.
    Wagtail's reference index and the site search's entries are written once per object at the
    end (indexes.py, `stemhub.search.signals.indexing_deferred`)."""
    modules = demo_modules()
    files = demo_files(modules)
    files.validate_all()
    with reference_index_deferred(), indexing_deferred():
        return _load_all(modules, files)


def _load_all(modules, files):
    context = _skeleton(modules, files)
    for _label, module in modules:
        if hasattr(module, "load"):
            module.load(context)
    relink_entry_points(context)
    load_featured(context)
    partners = context.sections.get("partners")
    partner_ids = (
        {page.slug_nl: page.pk for page in Page.objects.child_of(partners)} if partners else {}
    )
    load_about(context, partner_ids)
    load_statements(context)
    return context


def read(name):
    """One validated data file, for builders outside a run (e.g. the vocabulary factories)."""
    return demo_files()[name]
