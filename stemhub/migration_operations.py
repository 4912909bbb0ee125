"""Migration operations of our own: many AddFields, or many CreateModels, at the price of one
(README, "Migrations").

Django's `AddField` of a relation re-renders, in the migration state, every model related to both
ends of it, recursively. A field pointing at `wagtailcore.Revision` or the user model reaches
every page model and most of Wagtail's, so each such AddField rebuilds a hundred model classes,
and every later AddField on the same model pays for its new neighbours again: the 60 AddFields
that gave initiatives' five vocabularies drafts and review (its 0011) took 1,700 model renders,
more than any squash. A squash cannot fold them into CreateModel there (those models are created
before stemhub's roles, which the drafts must follow), so `AddFieldsRenderingOnce` applies the
same AddFields with the same result, rendering the models they touch once:

- the state: each field is put on its model, then the related models are rendered once;
- the database: each AddField runs exactly as Django runs it (SQLite's table rebuilds included),
  one after the other, but between two small states that hold only the changed models and the
  models they reach through their relations and bases (a handful: the revision, the user, their
  content types, groups and permissions), not the whole project. The first small state is
  rendered; each next one is its clone with the AddField applied, as Django steps from one
  operation to the next, so only what that field touches is rendered again. A model missing
  from the small states makes rendering the last one afresh fail loudly (unresolved lazy
  reference), never silently.

`CreateModelsRenderingOnce` does the same for a squash's run of `CreateModel`s: each new page
model re-rendered every model related to `wagtailcore.Page` (every page type before it, the
revisions, the users …), so a squash creating eight page types rendered that neighbourhood eight
times, about a quarter of `migrate` on an empty database. The new models' states are added
together and their neighbours rendered once; each `CreateModel` then creates its table exactly as
Django does, in the same order, from the rendered state after the run, which holds each of those
models exactly as its own `CreateModel` left it (every model is created once in the run, and no
other operation is part of it).
"""

from django.db.migrations.operations import AddField, CreateModel
from django.db.migrations.operations.base import Operation
from django.db.migrations.state import ProjectState


def _model_key(reference, app_label):
    """(app_label, model_name) of a relation's or base's target, as states key models."""
    if isinstance(reference, str):
        app, _dot, name = reference.rpartition(".")
        return (app or app_label, name.lower())
    return (reference._meta.app_label, reference._meta.model_name)


def _references(model_state, fields):
    """The models `fields` and `model_state`'s bases point at (their keys)."""
    app_label = model_state.app_label
    for base in model_state.bases:
        if isinstance(base, str) or getattr(base, "_meta", None) is not None:
            if not isinstance(base, str) and base._meta.abstract:
                continue
            yield _model_key(base, app_label)
    for field in fields:
        remote = field.remote_field
        if remote is None:
            continue
        if remote.model != "self":
            yield _model_key(remote.model, app_label)
        through = getattr(remote, "through", None)
        if through is not None:
            yield _model_key(through, app_label)


class AddFieldsRenderingOnce(Operation):
    """`AddField`s to models of the migration's app, in order, rendering their neighbours once."""

    def __init__(self, operations):
        for operation in operations:
            if not isinstance(operation, AddField) or not operation.preserve_default:
                raise ValueError(f"only AddField with preserve_default=True: {operation!r}")
        self.operations = list(operations)

    def deconstruct(self):
        return (self.__class__.__qualname__, [self.operations], {})

    def describe(self):
        return f"Add {len(self.operations)} fields to {', '.join(sorted(self._model_names()))}"

    @property
    def migration_name_fragment(self):
        return "add_fields_rendering_once"

    def _model_names(self):
        return {operation.model_name_lower for operation in self.operations}

    def state_forwards(self, app_label, state):
        for operation in self.operations:
            model_key = app_label, operation.model_name_lower
            state.models[model_key].fields[operation.name] = operation.field
            if state._relations is not None:
                state.resolve_model_field_relations(model_key, operation.name, operation.field)
        state.reload_models([(app_label, name) for name in self._model_names()], delay=False)

    def small_states(self, app_label, state):
        """States before and after each AddField, holding what the changed models reach."""
        added = [operation.field for operation in self.operations]
        keys, todo = set(), [(app_label, name) for name in self._model_names()]
        while todo:
            key = todo.pop()
            if key in keys or key not in state.models:
                continue  # seen, or a model of an unmigrated app (rendered from real_apps)
            keys.add(key)
            model_state = state.models[key]
            fields = [*model_state.fields.values(), *(added if key[0] == app_label else [])]
            todo.extend(_references(model_state, fields))
        small = ProjectState(
            {key: state.models[key].clone() for key in keys}, real_apps=state.real_apps
        )
        # Rendered once, then each next state is a clone whose AddField re-renders only its
        # model and what that reaches (Django's own way between operations), not all of it.
        small.apps  # noqa: B018
        states = [small]
        for operation in self.operations:
            small = small.clone()
            operation.state_forwards(app_label, small)
            states.append(small)
        ProjectState(dict(small.models), real_apps=small.real_apps).apps  # noqa: B018 (the check)
        return states

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        states = self.small_states(app_label, from_state)
        for operation, before, after in zip(self.operations, states, states[1:], strict=False):
            operation.database_forwards(app_label, schema_editor, before, after)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        states = self.small_states(app_label, to_state)
        steps = list(zip(self.operations, states, states[1:], strict=False))
        for operation, before, after in reversed(steps):
            operation.database_backwards(app_label, schema_editor, after, before)


class CreateModelsRenderingOnce(Operation):
    """`CreateModel`s of the migration's app, in order, rendering their neighbours once."""

    def __init__(self, operations):
        names = [
            operation.name_lower for operation in operations if isinstance(operation, CreateModel)
        ]
        if len(names) != len(operations) or len(set(names)) != len(names):
            raise ValueError(f"only CreateModels, each of another model: {operations!r}")
        self.operations = list(operations)

    def deconstruct(self):
        return (self.__class__.__qualname__, [self.operations], {})

    def describe(self):
        return f"Create models {', '.join(operation.name for operation in self.operations)}"

    @property
    def migration_name_fragment(self):
        return "create_models_rendering_once"

    def state_forwards(self, app_label, state):
        # Django's own CreateModel.state_forwards, each, with the rendered apps set aside (so
        # none of them re-renders its neighbours); then the new models and theirs, once.
        rendered = state.__dict__.pop("apps", None)
        try:
            for operation in self.operations:
                operation.state_forwards(app_label, state)
        finally:
            if rendered is not None:
                state.__dict__["apps"] = rendered
        state.reload_models(
            [(app_label, operation.name_lower) for operation in self.operations], delay=False
        )

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        for operation in self.operations:
            operation.database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        for operation in reversed(self.operations):
            operation.database_backwards(app_label, schema_editor, from_state, to_state)
