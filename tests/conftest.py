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
def site_tree(db):
    """Home page, the three section index pages, sectors and partners (stemhub.demo)."""
    from stemhub import demo

    return demo.load()


@pytest.fixture
def home_page(site_tree):
    return site_tree.home
