"""Wagtail's images, documents, snippets and redirects apps, without the v3 API we do not serve.

Wagtail 8 builds its v3 API (django-ninja, a pydantic schema per page, snippet, image and
document model) in these four apps' `ready()`, whether or not `wagtail.api.v3` is installed. We
serve the v2 API (`stemhub.api`) and our own (`opendata.api`); the v3 one is never mounted, yet
building it was about a quarter of every Django start (0.6 s of CPU: every test worker, every
manage.py and gunicorn worker). While Wagtail's own `ready()` runs, the v3 modules it imports are
stand-ins that register nothing; everything else it does (permission policies, signal handlers,
form widgets, reference index) runs unchanged. With `wagtail.api.v3` in INSTALLED_APPS, Wagtail's
`ready()` runs as it is and the API is complete.
"""

import sys
import types
from contextlib import contextmanager

from django.apps import apps
from wagtail import hooks
from wagtail.contrib.redirects.apps import WagtailRedirectsAppConfig
from wagtail.documents.apps import WagtailDocsAppConfig
from wagtail.images.apps import WagtailImagesAppConfig
from wagtail.snippets.apps import WagtailSnippetsAppConfig

V3_API_APP = "wagtail.api.v3"

# What those `ready()` methods import of the v3 API (Wagtail 8.0), and the redirects' API
# package, whose __init__ loads its v2 serializers for nothing.
V3_MODULES = (
    "wagtail.api.v3.api",
    "wagtail.contrib.redirects.api",
    "wagtail.contrib.redirects.api.v3",
    "wagtail.documents.api.v3.registry",
    "wagtail.documents.api.v3.router",
    "wagtail.images.api.v3.registry",
    "wagtail.images.api.v3.router",
    "wagtail.snippets.api.v3",
    "wagtail.snippets.api.v3.router",
)


class Unused:
    """Whatever `ready()` takes from a stand-in: calling it, or any method of it, does nothing."""

    def __getattr__(self, name):
        return self

    def __call__(self, *args, **kwargs):
        return None


class StandIn(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):  # not a package, no loader: the import system must see so
            raise AttributeError(name)
        return Unused()


@contextmanager
def v3_api_left_out():
    """The v3 modules are stand-ins until the block ends, unless already imported for real."""
    placed = {name: StandIn(name) for name in V3_MODULES if name not in sys.modules}
    sys.modules.update(placed)
    try:
        yield
    finally:
        for name, stand_in in placed.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]


class WithoutV3API:
    def ready(self):
        if apps.is_installed(V3_API_APP):
            super().ready()
            return
        with v3_api_left_out():
            super().ready()


class ImagesConfig(WithoutV3API, WagtailImagesAppConfig):
    pass


class DocumentsConfig(WithoutV3API, WagtailDocsAppConfig):
    pass


class SnippetsConfig(WithoutV3API, WagtailSnippetsAppConfig):
    def ready(self):
        super().ready()
        # Registering the snippets' v3 schemas listed the snippet models, which imports every
        # app's wagtail_hooks (three register snippets there): still done here, as before.
        hooks.search_for_hooks()


class RedirectsConfig(WithoutV3API, WagtailRedirectsAppConfig):
    pass
