"""Security headers on every public page type in both languages, and the admin's own policy."""

import json
import logging

import pytest

from ..kept_content import built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .public_pages import build_public_pages


def directives(response):
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.fixture(scope="module")
def public_pages_built(django_db_setup, django_db_blocker):
    """One page of every public type (tests/stemhub/public_pages.py), built once for the
    tests that read them (tests/shared_content.py); their URLs."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            pages = build_public_pages(CommittedSkeleton.find_or_load())
        yield pages


@pytest.fixture
def public_pages(public_pages_built, db):
    return public_pages_built


def test_every_public_page_type_carries_the_strict_policy(client, public_pages, settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    for url in public_pages.all_urls():
        response = client.get(url, secure=True)
        assert response.status_code == 200, url
        policy = directives(response)
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url
        assert "'unsafe-eval'" not in response["Content-Security-Policy"], url
        assert policy["default-src"] == ["'self'"], url
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"], url
        assert policy["base-uri"] == ["'self'"], url
        assert policy["form-action"] == ["'self'"], url
        assert policy["frame-ancestors"] == ["'self'"], url
        assert policy["frame-src"] == [
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ], url
        assert policy["report-uri"] == ["/csp-report/"], url
        assert "nonce-" not in response["Content-Security-Policy"], url  # cacheable as it is
        permissions = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "interest-cohort=()"):
            assert feature in permissions, url
        assert response["Strict-Transport-Security"].startswith("max-age=31536000"), url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "same-origin", url
        assert response["X-Frame-Options"] == "SAMEORIGIN", url
        html = response.content.decode()
        assert "<script>" not in html and "<style" not in html and " style=" not in html, url


@pytest.mark.parametrize("path", ["/nl/bestaat-niet/", "/en/no-such-page/"])
def test_error_pages_carry_the_policy_too(client, site_tree, path):
    response = client.get(path)
    assert response.status_code == 404
    assert directives(response)["script-src"] == ["'self'"]
    assert "camera=()" in response["Permissions-Policy"]


def test_video_page_frames_the_player_only_after_a_click(client, public_pages):
    html = client.get("/nl/videos/helden-recyclage/").content.decode()
    assert "<iframe" not in html
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' in html


def test_admin_gets_its_own_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'self'" in policy["frame-src"]  # the live preview
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_media_on_another_host_is_allowed_as_images_and_media(client, site_tree, settings):
    settings.MEDIA_URL = "https://media.stemhelden.example/media/"
    policy = directives(client.get("/nl/"))
    assert policy["img-src"] == ["'self'", "https://media.stemhelden.example"]
    assert policy["media-src"] == ["'self'", "https://media.stemhelden.example"]
    assert policy["script-src"] == ["'self'"]


def test_violation_reports_are_logged(client, caplog):
    report = {
        "csp-report": {
            "document-uri": "https://stemhelden.be/nl/",
            "violated-directive": "script-src",
            "blocked-uri": "inline",
        }
    }
    with caplog.at_level(logging.WARNING, logger="stemhub.csp"):
        response = client.post(
            "/csp-report/", json.dumps(report), content_type="application/csp-report"
        )
    assert response.status_code == 204
    assert "CSP violation" in caplog.text
    assert '"violated-directive": "script-src"' in caplog.text


@pytest.mark.parametrize("body", [b"", b"not json", b"\xff\xfe", b"[1, 2]", b'{"csp-report": 3}'])
def test_malformed_reports_get_a_400(client, body):
    response = client.generic("POST", "/csp-report/", body, content_type="application/json")
    assert response.status_code == 400


def test_report_endpoint_takes_only_posts(client):
    assert client.get("/csp-report/").status_code == 405


def test_admin_sends_no_editor_to_gravatar(admin_client, admin_user):
    admin_user.email = "redactie@stemhelden.example"
    admin_user.save()
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar.com" not in html
