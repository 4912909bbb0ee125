"""Wagtail's own indexes, paused for the tests that do not read them.

On every save of a page (or an image, a snippet …) Wagtail updates two indexes at once through
`post_save` handlers run by the immediate task backend: its reference index (what links to
what: the admin's "usage" views) and its search index (the admin's page and chooser search;
the site's own search is `stemhub.search`, which follows publishing and is left alone). That is
about a third of what a published test page costs. The site never reads either index outside
the admin, so a test pays for them only when it asks with `@pytest.mark.wagtail_indexes`; the
browser tests keep them always (they drive the admin). Production is unchanged: this module is
only imported by tests/conftest.py.
"""

from contextlib import contextmanager

from django.db.models.signals import post_delete, post_save
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

from stemhub.demo.indexes import auto_updated_search_models


@contextmanager
def search_index_paused():
    """Saves and deletes leave Wagtail's search index as it was; reconnected afterwards."""
    models = auto_updated_search_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)


@contextmanager
def wagtail_indexes_paused():
    """Neither the reference index nor the search index follows saves inside the block."""
    with disable_reference_index_auto_update(), search_index_paused():
        yield
