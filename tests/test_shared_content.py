"""Content shared by a module's tests (tests/shared_content.py) reaches a test only through its
own savepoint: what a test changes is gone for the next one, and a test that did not ask for the
database cannot write to it at all, although the module holds the database open."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from .shared_content import module_content


@pytest.fixture(scope="module")
def shared_user_pk(django_db_setup, django_db_blocker):
    with module_content(django_db_blocker):
        yield get_user_model().objects.create(username="shared-reader", first_name="Gedeeld").pk


@pytest.fixture
def shared_user(shared_user_pk, db):
    return get_user_model().objects.get(pk=shared_user_pk)


@pytest.mark.parametrize("run", ["first", "second"])
def test_a_change_to_shared_content_is_gone_for_the_next_test(shared_user, run):
    assert shared_user.first_name == "Gedeeld"
    shared_user.first_name = f"Veranderd ({run})"
    shared_user.save()


def test_a_test_without_the_database_cannot_reach_shared_content(shared_user_pk):
    # A cursor, not a query: a query refused inside the module's transaction would mark that
    # transaction as failed for the module's later tests.
    with pytest.raises(RuntimeError, match="Database access not allowed"):
        connection.cursor()
