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


def _what_ensure_all_writes():
    """Every row of the tables `ensure_all()` fills (initiatives.setup, stemhub.roles)."""
    from django.apps import apps
    from django.contrib.auth.models import Group, Permission

    models = [
        Group,
        Group.permissions.through,
        Permission,
        apps.get_model("contenttypes", "ContentType"),
        *[
            apps.get_model("wagtailcore", name)
            for name in (
                "GroupCollectionPermission",
                "GroupPagePermission",
                "Task",
                "GroupApprovalTask",
                "Workflow",
                "WorkflowTask",
                "WorkflowPage",
                "WorkflowContentType",
            )
        ],
        apps.get_model("wagtailcore", "GroupApprovalTask").groups.through,
        *[
            apps.get_model("initiatives", name)
            for name in ("Region", "TargetGroup", "EducationLevel", "RecordType", "Language")
        ],
    ]
    return {model: list(model.objects.order_by("pk").values_list()) for model in models}


def test_ensure_all_on_the_committed_set_up_writes_nothing(site_tree):
    """What lets fixtures skip ensure_all() (`ensure_all_unless_committed`) until a flush."""
    from initiatives.setup import ensure_all

    from .shared_content import CommittedSkeleton

    assert CommittedSkeleton.holds_ensure_all(), (
        "the committed set-up is gone: a transactional test flushed the database before this "
        "test on this worker (run database tests before browser tests, as `make test` does)"
    )
    before = _what_ensure_all_writes()
    ensure_all()
    assert _what_ensure_all_writes() == before


@pytest.mark.parametrize(
    "helper, module, name",
    [
        ("ensure_all_unless_committed", "shared_content", "ensure_all"),
        ("ensure_roles_unless_committed", "roles", "ensure_roles"),
    ],
)
def test_a_skipped_set_up_runs_again_once_the_committed_set_up_is_gone(
    site_tree, monkeypatch, helper, module, name
):
    from . import shared_content

    calls = []
    target = shared_content if module == "shared_content" else shared_content.roles
    monkeypatch.setattr(target, name, lambda: calls.append("ran"))
    getattr(shared_content, helper)()
    assert calls == []
    monkeypatch.setattr(shared_content.CommittedSkeleton, "ensured_home_pk", -1)  # flushed
    getattr(shared_content, helper)()
    assert calls == ["ran"]
    assert shared_content.CommittedSkeleton.ensured_home_pk is None


def test_ensure_roles_on_the_committed_set_up_writes_nothing(site_tree):
    """What lets `member_of()` skip ensure_roles() (`ensure_roles_unless_committed`) until a
    flush: the committed groups, workflows and page rights are what it would make."""
    from stemhub import roles

    from .shared_content import CommittedSkeleton

    assert CommittedSkeleton.holds_ensure_all()
    before = _what_ensure_all_writes()
    roles.ensure_roles()
    assert _what_ensure_all_writes() == before
