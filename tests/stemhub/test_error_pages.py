from django.test import RequestFactory
from django.utils import translation

from stemhub.views import server_error


def test_server_error_page_is_translated_and_standalone():
    request = RequestFactory().get("/en/broken/")
    with translation.override("en"):
        response = server_error(request)
    assert response.status_code == 500
    assert b"Something went wrong" in response.content
    with translation.override("nl"):
        response = server_error(request)
    assert b"Er ging iets mis" in response.content


def test_not_found_page_advertises_no_hreflang_alternates(client, site_tree):
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'rel="alternate"' not in html
    assert "Pagina niet gevonden" in html
    # The language switcher leads to the other language's home, not to another 404.
    assert 'href="/en/" hreflang="en"' in html


def test_error_page_previews_exist_only_in_development(client, site_tree):
    # The test settings, like production, have no /_errors/ addresses: a plain 404.
    response = client.get("/nl/_errors/500/")
    assert response.status_code == 404
    assert "Er ging iets mis" not in response.content.decode()
