"""The demo content: data files in `demo/` (YAML, Dutch and English side by side per record),
loaded by one small loader.

- `files.py` reads a file and `schema.py` checks every record, naming file and record at fault;
- `runner.py` finds each app's `demo` module through `settings.STEMHUB_DEMO_APPS` and runs the
  steps in order: `load()` builds the page skeleton the tests use, `load_all()` everything
  (the `load_demo` command);
- `site.py` is the site's own step (home page, sections, entry points, spotlight);
- `pages.py` and `terms.py` hold what every step uses (pages, vocabulary terms).

Everything is created only when it is missing, so loading twice creates nothing new and never
overwrites what an editor changed.
"""

from .pages import DemoContext, add_child_page, feature_pages, page_at, translated
from .runner import demo_files, demo_modules, load, load_all, read
from .schema import DemoDataError
from .site import add_section, relink_entry_points
from .terms import ensure_terms

__all__ = [
    "DemoContext",
    "DemoDataError",
    "add_child_page",
    "add_section",
    "demo_files",
    "demo_modules",
    "ensure_terms",
    "feature_pages",
    "load",
    "load_all",
    "page_at",
    "read",
    "relink_entry_points",
    "translated",
]
