"""Shared fixtures: a site with the page skeleton, in whichever database the run uses."""

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Each test starts in the default language, as a fresh request would."""
    translation.activate("nl")
    yield
    translation.activate("nl")


@pytest.fixture
def site_tree(db):
    """Home page, the three section index pages, sectors and partners (stemhub.demo)."""
    from stemhub import demo

    return demo.load()


@pytest.fixture
def home_page(site_tree):
    return site_tree.home
