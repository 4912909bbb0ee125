"""The test client's copy of every rendered template's context, kept only where a test reads it.

Django's test environment replaces `Template._render` with `instrumented_test_render`, which
sends `template_rendered` for every template rendered, and the test client listens to it during
each request to keep the template and a copy of its context (`response.templates`,
`response.context`). A page renders dozens of templates (a form one per widget and option), so
that bookkeeping is a sizeable part of a test request's CPU, and few tests read it. A test that
does says `@pytest.mark.template_contexts`; elsewhere templates render as outside tests (no
signal), and reading `response.context` or `response.templates` raises `TemplateContextsNotKept`
naming the marker, instead of quietly giving None, as does listening to `template_rendered`
(`assertTemplateUsed` or `assertTemplateNotUsed` as a context manager, which would otherwise
hear nothing and pass or fail for the wrong reason). Production is unchanged: only
tests/conftest.py imports this.
"""

import functools
from contextlib import contextmanager

from django.template.base import Template
from django.test import AsyncClient, Client
from django.test.signals import template_rendered
from django.test.utils import instrumented_test_render

MARKER = "template_contexts"

# Imported by tests/conftest.py, before pytest-django's session fixture instruments templates.
UNINSTRUMENTED_RENDER = Template._render
assert UNINSTRUMENTED_RENDER is not instrumented_test_render, "imported after the test set-up"

# Django's test client connects its listener under this prefix for each request
# (django/test/client.py); anything else listening would hear nothing in an unmarked test.
CLIENT_LISTENER_PREFIX = "template-render-"


class TemplateContextsNotKept(AssertionError):
    """A test read what the test client no longer keeps unless the test asks for it."""


def _refusal(what):
    return TemplateContextsNotKept(
        f"{what} is not kept for this test: mark it "
        f"@pytest.mark.{MARKER} (tests/template_contexts.py)"
    )


class NotKept:
    """Stands for `response.context` and `response.templates` when nothing was kept."""

    def __init__(self, what):
        self.what = what

    def __bool__(self):
        # Django's client asks `if response.context and len(response.context) == 1`. So
        # `assert not response.context` passes here without a mark: assert on what it holds.
        return False

    def _refuse(self, *args, **kwargs):
        raise _refusal(f"response.{self.what}")

    __getitem__ = __iter__ = __len__ = __contains__ = _refuse

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)  # copy, pickle and repr look for optional hooks
        self._refuse()

    def __repr__(self):
        return f"<response.{self.what} not kept: @pytest.mark.{MARKER}>"


CONTEXT_NOT_KEPT = NotKept("context")
TEMPLATES_NOT_KEPT = NotKept("templates")


def _keeping_nothing(response):
    response.templates = TEMPLATES_NOT_KEPT
    response.context = CONTEXT_NOT_KEPT
    return response


def _requests_keeping_nothing(request):
    @functools.wraps(request)
    def request_keeping_nothing(client, **kwargs):
        return _keeping_nothing(request(client, **kwargs))

    return request_keeping_nothing


def _async_requests_keeping_nothing(request):
    @functools.wraps(request)
    async def request_keeping_nothing(client, **kwargs):
        return _keeping_nothing(await request(client, **kwargs))

    return request_keeping_nothing


def _refusing_listeners(connect):
    @functools.wraps(connect)
    def connect_only_the_client(receiver, *args, dispatch_uid=None, **kwargs):
        if not str(dispatch_uid).startswith(CLIENT_LISTENER_PREFIX):
            raise _refusal("template_rendered (assertTemplateUsed, assertTemplateNotUsed)")
        return connect(receiver, *args, dispatch_uid=dispatch_uid, **kwargs)

    return connect_only_the_client


@contextmanager
def template_contexts_not_kept():
    """Inside the block templates render without the test signal and responses keep no
    template or context; everything is put back afterwards."""
    instrumented = Template._render
    client_request, async_client_request = Client.request, AsyncClient.request
    outer_connect = vars(template_rendered).get("connect")  # an enclosing block's, if any
    Template._render = UNINSTRUMENTED_RENDER
    Client.request = _requests_keeping_nothing(client_request)
    AsyncClient.request = _async_requests_keeping_nothing(async_client_request)
    template_rendered.connect = _refusing_listeners(template_rendered.connect)
    try:
        yield
    finally:
        if outer_connect is None:
            del template_rendered.connect  # the instance's own, hiding Signal.connect
        else:
            template_rendered.connect = outer_connect
        AsyncClient.request, Client.request = async_client_request, client_request
        Template._render = instrumented
