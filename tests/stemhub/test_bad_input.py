"""Input that once gave a server error now gets a clear answer (400, or a page without results)."""

import pytest

API_BAD_REQUESTS = [
    "/api/v2/pages/?search=%00",
    "/api/v2/pages/?locale=%00",
    "/api/v2/pages/?locale=xx",
    "/api/v2/pages/?offset=9223372036854775808",
    "/api/v2/pages/?offset=-1",
    "/api/v2/pages/?limit=99999999999999999999",
    "/api/v2/pages/?limit=abc",
    "/api/v2/pages/find/?id=x",
    "/api/v2/pages/find/?id=",
    "/api/v2/pages/find/?id=NaN",
    "/api/v2/pages/find/?id=99999999999",
    "/api/v2/pages/find/?html_path=%00",
    "/api/v2/pages/?search=" + "a" * 300,
    "/api/v2/images/?search=%00",
    "/api/v2/documents/find/?id=x",
]


def test_api_refuses_bad_parameters_with_a_message(client, site_tree):
    for url in API_BAD_REQUESTS:
        response = client.get(url)
        assert response.status_code == 400, url
        assert response.json()["message"], url


def test_api_still_answers_good_parameters(client, site_tree):
    response = client.get("/api/v2/pages/?search=robot&limit=5&offset=0&locale=nl")
    assert response.status_code == 200
    find = client.get("/api/v2/pages/find/?html_path=/nl/")
    assert find.status_code == 302


@pytest.mark.parametrize("language", ["nl", "en"])
def test_search_with_control_characters_is_refused_and_keeps_the_rest(client, site_tree, language):
    path = "/nl/zoeken/" if language == "nl" else "/en/search/"
    response = client.get(path, {"q": "umi\x00core\x1b"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="umi core"' in html
    assert 'role="alert"' in html
    assert "\x00" not in html


FOREIGN_CHARSETS = ["utf-16", "UTF-16LE", "nonsense", "latin-1", '"utf-32"', "ebcdic-cp-be"]


def test_form_post_in_another_charset_gets_the_translated_400(client, site_tree):
    for charset in FOREIGN_CHARSETS:
        body = "submission-title_nl=Titel".encode("utf-16") if "16" in charset else b"a=b"
        response = client.generic(
            "POST",
            "/nl/partners/video-indienen/",
            body,
            content_type=f"application/x-www-form-urlencoded; charset={charset}",
        )
        assert response.status_code == 400, charset
        html = response.content.decode()
        assert '<html lang="nl">' in html
        assert "Dit verzoek kunnen we niet lezen" in html


def test_multipart_post_in_another_charset_gets_a_400(client, site_tree):
    response = client.generic(
        "POST",
        "/en/initiatives/",
        b"--x--\r\n",
        content_type="multipart/form-data; boundary=x; charset=utf-16",
    )
    assert response.status_code == 400
    assert "This request could not be read" in response.content.decode()


def test_utf8_form_posts_still_pass(client, site_tree):
    response = client.generic(
        "POST",
        "/nl/partners/video-indienen/",
        b"submission-title_nl=Titel",
        content_type="application/x-www-form-urlencoded; charset=UTF-8",
    )
    assert response.status_code == 400  # the form's own errors, shown on the form page
    assert "submission-form" in response.content.decode()


def test_very_long_file_name_gets_the_translated_400_page(client, site_tree):
    # As a browser sends it: Django's multipart parser refuses a part header this long.
    name = "x" * 10_000 + ".png"
    body = (
        b"--BoUnDaRy\r\n"
        b'Content-Disposition: form-data; name="submission-title_nl"\r\n\r\nMijn titel\r\n'
        b"--BoUnDaRy\r\n"
        + f'Content-Disposition: form-data; name="submission-poster"; filename="{name}"'.encode()
        + b"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n\r\n--BoUnDaRy--\r\n"
    )
    for path, language, heading in (
        ("/en/partners/submit-video/", "en", "This request could not be read"),
        ("/nl/partners/video-indienen/", "nl", "Dit verzoek kunnen we niet lezen"),
    ):
        response = client.generic(
            "POST", path, body, content_type="multipart/form-data; boundary=BoUnDaRy"
        )
        assert response.status_code == 400
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert heading in html
        assert "Bad Request (400)" not in html
