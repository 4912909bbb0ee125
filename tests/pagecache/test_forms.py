"""A cached page with a form gives every visitor a token of their own, and their post works."""

import re

import pytest
from django.conf import settings
from django.test import Client

from initiatives.factories import create_initiative
from initiatives.models import InitiativeCandidacy

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, ensure_all_unless_committed, module_content
from .helpers import cache_state, text

URL = "/nl/initiatieven/jong-talent-limburg/"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')
CANDIDACY = {
    "organisation": "Umicore",
    "contact_person": "An Peeters",
    "email": "an.peeters@example.be",
    "role": "contributing",
    "message": "We willen graag meewerken.",
    "consent": "on",
}


@pytest.fixture(scope="module")
def initiative_built(django_db_setup, django_db_blocker):
    """The initiative with the candidacy form, built once for the module (tests/kept_content.py);
    the candidacies a test posts stay in its own savepoint."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            site_tree = CommittedSkeleton.find_or_load()
            ensure_all_unless_committed()
            kept = Kept(
                initiative=create_initiative(
                    site_tree.sections["initiatives"],
                    "jong-talent-limburg",
                    title="Jong talent voor Limburg",
                    title_en="Young talent for Limburg",
                    slug_en="young-talent-limburg",
                )
            )
        yield kept


@pytest.fixture
def initiative(initiative_built, site_tree):
    return initiative_built.fresh().initiative


def test_two_visitors_each_get_their_own_working_form(page_cache, initiative):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    answers = [first.get(URL), second.get(URL)]
    assert [cache_state(a) for a in answers] == ["MISS", "HIT"]
    tokens = [TOKEN.findall(text(answer)) for answer in answers]
    assert all(len(found) == 1 for found in tokens)
    cookies = [answer.cookies[settings.CSRF_COOKIE_NAME].value for answer in answers]
    assert cookies[0] != cookies[1]  # nobody gets another visitor's secret
    assert tokens[0] != tokens[1]
    for answer in answers:
        control = answer["Cache-Control"]
        assert "private" in control and "no-cache" in control and "public" not in control

    # Two different organisations: the same answers twice would be one candidacy (a resend).
    for n, (client, (token,)) in enumerate(zip((first, second), tokens, strict=True)):
        answers = CANDIDACY | {"organisation": f"Organisatie {n}", "csrfmiddlewaretoken": token}
        response = client.post(URL, answers)
        assert response.status_code == 303, response.status_code
    assert InitiativeCandidacy.objects.count() == 2


def test_a_token_from_another_visitor_is_refused(page_cache, initiative):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get(URL)
    other_token = TOKEN.search(text(second.get(URL))).group(1)
    response = first.post(URL, CANDIDACY | {"csrfmiddlewaretoken": other_token})
    assert response.status_code == 403
    assert InitiativeCandidacy.objects.count() == 0


def test_a_returning_visitor_keeps_their_cookie(page_cache, initiative):
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(URL)
    cookie = visitor.cookies[settings.CSRF_COOKIE_NAME].value
    again = visitor.get(URL)
    assert cache_state(again) == "HIT"
    assert visitor.cookies[settings.CSRF_COOKIE_NAME].value == cookie
    token = TOKEN.search(text(again)).group(1)
    assert visitor.post(URL, CANDIDACY | {"csrfmiddlewaretoken": token}).status_code == 303


def test_the_thank_you_travels_in_the_address_not_in_a_cookie(page_cache, initiative):
    visitor = Client(enforce_csrf_checks=True)
    token = TOKEN.search(text(visitor.get(URL))).group(1)
    response = visitor.post(URL, CANDIDACY | {"csrfmiddlewaretoken": token})
    assert response.status_code == 303
    thanks = visitor.get(response["Location"].split("#")[0])
    assert "Bedankt" in text(thanks)
    assert set(visitor.cookies) == {settings.CSRF_COOKIE_NAME}  # no messages cookie
    stranger = Client().get(URL)
    assert "Bedankt" not in text(stranger) and "Thank you" not in text(stranger)


def test_the_video_submission_form_page_gets_a_fresh_token_too(page_cache, site_tree):
    url = "/nl/partners/video-indienen/"
    answers = [Client().get(url), Client().get(url)]
    assert [cache_state(a) for a in answers] == ["MISS", "HIT"]
    tokens = [TOKEN.findall(text(a)) for a in answers]
    assert tokens[0] and tokens[1] and tokens[0] != tokens[1]
    assert all(settings.CSRF_COOKIE_NAME in a.cookies for a in answers)
