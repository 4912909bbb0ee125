"""Module-scoped content built as a test would build it, handed to each test as fresh instances.

tests/shared_content.py's `module_content()` gives a module-scoped fixture the database; this
adds what every test gets from the autouse fixtures in tests/conftest.py, which do not run for a
module-scoped fixture: Dutch active, mail through the site's outbox as in every test, and
Wagtail's indexes paused while the content is built (the tests that build it per test never paid
for those indexes), and an empty cache afterwards.

    @pytest.fixture(scope="module")
    def lesson_built(django_db_setup, django_db_blocker):
        with module_content(django_db_blocker):
            with built_as_in_a_test():
                kept = Kept(lesson=make_lesson(CommittedSkeleton.find_or_load()))
            yield kept  # outside built_as_in_a_test: the module's tests set their own state

    @pytest.fixture
    def lesson(lesson_built, db):
        return lesson_built.fresh().lesson
"""

from contextlib import contextmanager
from types import SimpleNamespace

from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from .wagtail_indexes import wagtail_indexes_paused


@contextmanager
def built_as_in_a_test():
    """Dutch, mail through the outbox (tests/conftest.py `_mail_through_the_outbox`), Wagtail's
    reference and search indexes paused; the cache emptied at the end."""
    with (
        translation.override("nl"),
        override_settings(EMAIL_BACKEND="stemhub.mail.backend.OutboxEmailBackend"),
        wagtail_indexes_paused(),
    ):
        yield
    cache.clear()


class Kept:
    """Model instances built once, by model and primary key: `fresh()` reads them again.

    A test may change, publish, unpublish or delete what it gets (its savepoint undoes that in
    the database); the next test gets new instances, never one another test changed in memory.
    """

    def __init__(self, **instances):
        self.keys = {name: (type(instance), instance.pk) for name, instance in instances.items()}

    def fresh(self, **more):
        """A namespace of fresh instances, one query each, with `more` added as it is."""
        found = {name: model._default_manager.get(pk=pk) for name, (model, pk) in self.keys.items()}
        return SimpleNamespace(**found, **more)
