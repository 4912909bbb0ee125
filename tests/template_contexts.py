"""The test client's copy of every rendered template's context, kept only where a test reads it.

During each request Django's test client listens to `template_rendered` and keeps the template
and a copy of the context of every template the response renders (`response.templates`,
`response.context`). A page renders dozens of templates (a form one per widget and option), so
that bookkeeping is a sizeable part of a test request's CPU, and few tests read it. A test that
does says `@pytest.mark.template_contexts`; elsewhere the client keeps nothing, and reading
`response.context` or `response.templates` raises `TemplateContextsNotKept` naming the marker,
instead of quietly giving None. Production is unchanged: only tests/conftest.py imports this.
"""

from contextlib import contextmanager

import django.test.client

MARKER = "template_contexts"


class TemplateContextsNotKept(AssertionError):
    """A test read what the test client no longer keeps unless the test asks for it."""


class NotKept:
    """Stands for `response.context` and `response.templates` when nothing was kept."""

    def __init__(self, what):
        self.what = what

    def __bool__(self):
        # Django's client asks `if response.context and len(response.context) == 1`. So
        # `assert not response.context` passes here without a mark: assert on what it holds.
        return False

    def _refuse(self, *args, **kwargs):
        raise TemplateContextsNotKept(
            f"response.{self.what} is not kept for this test: mark it "
            f"@pytest.mark.{MARKER} (tests/template_contexts.py)"
        )

    __getitem__ = __iter__ = __len__ = __contains__ = _refuse

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)  # copy, pickle and repr look for optional hooks
        self._refuse()

    def __repr__(self):
        return f"<response.{self.what} not kept: @pytest.mark.{MARKER}>"


CONTEXT_NOT_KEPT = NotKept("context")
TEMPLATES_NOT_KEPT = NotKept("templates")


def keep_nothing(store, signal, sender, template, context, **kwargs):
    """In place of django.test.client.store_rendered_templates: no copy, no list."""
    store["templates"] = TEMPLATES_NOT_KEPT
    store["context"] = CONTEXT_NOT_KEPT


@contextmanager
def template_contexts_not_kept():
    """Requests made inside the block keep no template or context; put back afterwards."""
    keeping = django.test.client.store_rendered_templates
    django.test.client.store_rendered_templates = keep_nothing
    try:
        yield
    finally:
        django.test.client.store_rendered_templates = keeping
