"""`CreateModelsRenderingOnce` (stemhub/migration_operations.py) leaves the migration state as
Django's own `CreateModel`s, one after the other, leave it: the same models, each related to the
current class of its neighbour (a neighbour not rendered again would keep a stale class, and a
later data step or AddField would then work on a model without the new relation). The database
side runs Django's own `CreateModel.database_forwards`; every run builds its test database
through it (the squashes use it), and the backup test runs `migrate` on an empty database."""

import pytest
from django.db import migrations, models
from django.db.migrations.state import ModelState, ProjectState

from stemhub.migration_operations import CreateModelsRenderingOnce

APP = "shelf"


def existing_state():
    """A rendered state with one model the new ones point at (as pages point at Page)."""
    author = ModelState(
        APP, "Author", [("id", models.AutoField(primary_key=True)), ("name", models.TextField())]
    )
    state = ProjectState({(APP, "author"): author})
    state.apps  # noqa: B018 (rendered, as `migrate` renders it before the first migration)
    return state


def new_models():
    return [
        migrations.CreateModel(
            "Book",
            [
                ("id", models.AutoField(primary_key=True)),
                ("author", models.ForeignKey(f"{APP}.author", models.CASCADE)),
            ],
        ),
        migrations.CreateModel(
            "Review",
            [
                ("id", models.AutoField(primary_key=True)),
                ("book", models.ForeignKey(f"{APP}.book", models.CASCADE, related_name="reviews")),
                ("author", models.ForeignKey(f"{APP}.author", models.SET_NULL, null=True)),
            ],
        ),
    ]


def relations(state):
    """Every model's fields, forward and reverse, with the model each one reaches; and whether
    that model is the class the state's apps hold now."""
    apps = state.apps
    return {
        model._meta.model_name: sorted(
            (
                field.name,
                field.related_model._meta.model_name if field.related_model else None,
                field.related_model is None
                or field.related_model is apps.get_model(APP, field.related_model._meta.model_name),
            )
            for field in model._meta.get_fields()
        )
        for model in apps.get_models()
    }


def test_the_state_is_the_one_of_the_create_models_one_by_one():
    one_by_one = existing_state()
    author_before = one_by_one.apps.get_model(APP, "author")
    for operation in new_models():
        operation.state_forwards(APP, one_by_one)
    at_once = existing_state()
    at_once_author_before = at_once.apps.get_model(APP, "author")
    CreateModelsRenderingOnce(new_models()).state_forwards(APP, at_once)

    # The neighbour is rendered again, as Django's own run renders it: not the stale class that
    # happens to list the reverse relations too.
    assert one_by_one.apps.get_model(APP, "author") is not author_before
    assert at_once.apps.get_model(APP, "author") is not at_once_author_before
    assert at_once.models == one_by_one.models

    assert relations(at_once) == relations(one_by_one)
    assert ("reviews", "review", True) in relations(at_once)["book"]
    assert ("review", "review", True) in relations(at_once)["author"]  # the reverse relation
    assert at_once.models.keys() == one_by_one.models.keys()


def test_only_create_models_of_distinct_models_are_taken():
    with pytest.raises(ValueError, match="only CreateModels"):
        CreateModelsRenderingOnce([*new_models(), migrations.RunPython(migrations.RunPython.noop)])
    with pytest.raises(ValueError, match="only CreateModels"):
        CreateModelsRenderingOnce([*new_models(), new_models()[0]])
