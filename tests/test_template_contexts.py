"""The test client keeps the rendered templates and their contexts only for a test marked
`template_contexts` (tests/template_contexts.py): elsewhere reading them fails at once, with
the marker's name, rather than giving None; the page's bytes are the same either way."""

import pytest
from django.template.base import Template
from django.test.utils import instrumented_test_render
from pytest_django.asserts import assertTemplateNotUsed, assertTemplateUsed

from .template_contexts import UNINSTRUMENTED_RENDER, TemplateContextsNotKept


@pytest.mark.template_contexts
def test_a_marked_test_reads_the_context_and_templates(client, site_tree):
    response = client.get("/nl/")
    assert response.status_code == 200
    assert response.context["page"].pk == site_tree.home.pk
    assert "stemhub/home_page.html" in [template.name for template in response.templates]


def test_an_unmarked_test_is_told_to_ask(client, site_tree):
    response = client.get("/nl/")
    assert response.status_code == 200
    assert site_tree.home.title in response.content.decode()
    with pytest.raises(TemplateContextsNotKept, match="@pytest.mark.template_contexts"):
        response.context["page"]
    with pytest.raises(TemplateContextsNotKept, match="@pytest.mark.template_contexts"):
        response.context.get("page")
    with pytest.raises(TemplateContextsNotKept, match="@pytest.mark.template_contexts"):
        list(response.templates)


def test_an_unmarked_test_cannot_listen_for_templates(client, site_tree):
    """Templates render without the test signal here: a listener would hear nothing, and
    `assertTemplateNotUsed` pass whatever the page rendered."""
    assert Template._render is UNINSTRUMENTED_RENDER  # no signal sent per template
    with (
        pytest.raises(TemplateContextsNotKept, match="@pytest.mark.template_contexts"),
        assertTemplateNotUsed("stemhub/home_page.html"),
    ):
        client.get("/nl/")
    with (
        pytest.raises(TemplateContextsNotKept, match="@pytest.mark.template_contexts"),
        assertTemplateUsed("stemhub/home_page.html"),
    ):
        client.get("/nl/")
    redirected = client.get("/", headers={"accept-language": "nl"})
    assert redirected.status_code == 302
    with pytest.raises(TemplateContextsNotKept, match="@pytest.mark.template_contexts"):
        list(redirected.templates)


@pytest.mark.template_contexts
def test_a_marked_test_listens_for_templates(client, site_tree):
    assert Template._render is instrumented_test_render
    with assertTemplateUsed("stemhub/home_page.html"):
        client.get("/nl/")
    with (
        pytest.raises(AssertionError, match="home_page.html"),
        assertTemplateNotUsed("stemhub/home_page.html"),
    ):
        client.get("/nl/")
    assertTemplateUsed(client.get("/nl/"), "stemhub/home_page.html")


@pytest.mark.template_contexts
def test_the_client_is_itself_again_after_an_unmarked_test(client, site_tree):
    """Run after the unmarked test: nothing it changed in the client outlives it."""
    assert client.get("/nl/").context["page"].pk == site_tree.home.pk
