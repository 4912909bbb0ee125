"""Shared fixtures: a site with the page skeleton, in whichever database the run uses."""

import pytest
from django.core.management import call_command
from django.utils import translation


@pytest.fixture(scope="session", autouse=True)
def _compiled_catalogues():
    """Translated pages need the .mo files; compile them once, as `make run` does."""
    call_command("compile_catalogues", verbosity=0)


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Each test starts in the default language, as a fresh request would."""
    translation.activate("nl")
    yield
    translation.activate("nl")


@pytest.fixture(autouse=True)
def _mail_through_the_outbox(settings):
    """Django's test runner swaps EMAIL_BACKEND for locmem; put the site's outbox back, so
    every test sends mail the way production does (delivered at once by the immediate
    "background" task backend to the locmem outbox, or by a worker in the fault tests)."""
    settings.EMAIL_BACKEND = "stemhub.mail.backend.OutboxEmailBackend"


@pytest.fixture
def database_queue(settings):
    """The production set-up: mail waits in the database queue until a worker runs."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    settings.STEMHUB_MAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_TIMEOUT = 1
    settings.EMAIL_USE_TLS = False
    settings.STEMHUB_MAIL_RETRY_DELAYS = [60, 600]
    return settings


@pytest.fixture
def site_tree(db):
    """Home page, the three section index pages, sectors and partners (stemhub.demo)."""
    from stemhub import demo

    return demo.load()


@pytest.fixture
def home_page(site_tree):
    return site_tree.home
