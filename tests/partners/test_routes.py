"""The submission form's translated address, and the language switch on it."""

import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from .conftest import SUBMIT_EN, SUBMIT_NL


def switcher(html):
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)


@pytest.mark.parametrize(("path", "other"), [(SUBMIT_NL, SUBMIT_EN), (SUBMIT_EN, SUBMIT_NL)])
def test_form_answers_at_its_address_and_links_the_other_language(client, site_tree, path, other):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{other}"' in switcher(html)
    assert f'hreflang="{other[1:3]}" href="http://testserver{other}"' in html


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/nl/partners/submit-video/", SUBMIT_NL),
        ("/en/partners/video-indienen/", SUBMIT_EN),
        ("/en/partners/video-indienen/?x=1", SUBMIT_EN + "?x=1"),
    ],
)
def test_wrong_language_address_redirects_to_the_right_one(client, site_tree, path, target):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == target


def test_other_pages_keep_their_language_switch(client, site_tree):
    assert 'href="/en/partners/umicore/"' in switcher(
        client.get("/nl/partners/umicore/").content.decode()
    )


def test_without_a_live_video_index_the_form_says_sending_is_not_possible(
    client, site_tree, caplog
):
    """Nothing could hold the draft pages: no form, a message, an error in the log."""
    site_tree.sections["videos"].unpublish()
    response = client.get(SUBMIT_NL)
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("nl"):
        assert gettext("Sending videos is not possible right now. Please try again later.") in html
    assert "submission-form" not in html
    assert "Video submission without a live video index page" in caplog.text
