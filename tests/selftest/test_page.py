"""The self-test page through HTTP: the test, the result, bad links, both languages.

The self-test page is built once for the module (tests/shared_content.py); the hero videos,
which some tests must not see, once for the class of the tests that read them (rolled back
before the others run).
"""

import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from selftest import demo as selftest_demo
from selftest.models import SelfTestPage
from stemhub.models import HomePage

from ..kept_content import built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .helpers import EN, HEALTH, NL, build_hero_videos, build_vocab


@pytest.fixture(scope="module")
def self_test_pk(django_db_setup, django_db_blocker):
    """The demo's self-test page, loaded once for the module and rolled back after it."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            build_vocab()
            page = selftest_demo.load(skeleton)
        yield page.pk


@pytest.fixture
def self_test(self_test_pk, site_tree, vocab):
    """The module's self-test page as a fresh instance, read again for each test."""
    return SelfTestPage.objects.get(pk=self_test_pk)


def html(response):
    return response.content.decode()


def radios(page_html):
    return re.findall(r'class="selftest-answer__input" type="radio" name="(q\d+)"', page_html)


def checked(page_html):
    return dict(re.findall(r'name="(q\d+)" value="(\d+)" id="q\d+-a\d+" checked', page_html))


def test_the_page_type_sits_under_the_home_page_once(self_test):
    assert SelfTestPage.parent_page_types == ["stemhub.HomePage"]
    assert SelfTestPage.max_count == 1
    assert isinstance(self_test.get_parent().specific, HomePage)


@pytest.mark.parametrize(
    ("url", "title", "question"),
    [
        (NL, "Welke STEM-held ben jij?", "Welk probleem zou jij het liefst oplossen?"),
        (EN, "Which STEM hero are you?", "Which problem would you most like to solve?"),
    ],
)
def test_the_test_shows_every_question_as_a_plain_form_in_both_languages(
    client, self_test, url, title, question
):
    response = client.get(url)
    assert response.status_code == 200
    page = html(response)
    assert title in page
    assert question in page
    assert len(set(radios(page))) == 8
    assert 6 <= len(set(radios(page))) <= 8
    # A plain GET form to the page itself: it works without JavaScript.
    assert f'<form class="selftest-form" method="get" action="{url}"' in page
    assert 'type="submit"' in page
    # Illustrated answers, drawn locally: every picture comes from our own static files.
    icons = re.findall(r'class="selftest-answer__icon" src="([^"]+)"', page)
    assert len(icons) >= 24 and all(src.startswith("/static/img/selftest/") for src in icons)
    assert "<script>" not in page and " style=" not in page  # the strict CSP allows neither
    assert 'src="/static/js/selftest.js"' in page
    assert "Set-Cookie" not in response.headers and not response.cookies


@pytest.fixture(scope="class")
def hero_videos_built(self_test_pk, django_db_blocker):
    """The three hero videos (tests/selftest/helpers.py), built once for the class of tests
    that read them and rolled back after it: the tests after it must not see them."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            build_hero_videos(CommittedSkeleton.find_or_load(), build_vocab())
        yield


@pytest.mark.usefixtures("hero_videos_built")
class TestWithHeroVideos:
    def test_a_finished_test_shows_sectors_heroes_side_by_side_their_video_and_signposts(
        self, client, self_test, django_assert_max_num_queries
    ):
        with django_assert_max_num_queries(30):
            response = client.get(NL, HEALTH)
        assert response.status_code == 200
        page = html(response)
        assert "Jouw STEM-helden" in page
        assert "Gezondheid en noodhulp" in page
        assert "Je helpt mensen die ziek of gewond zijn" in page  # the child-level sentence
        assert "Chemie en biotechnologie" in page
        # The heroes of the matching video, theory first and practice second, and the video link.
        assert page.index("Theorieheld Tine") < page.index("Praktijkheld Pieter")
        assert 'href="/nl/videos/bloed-dat-levens-redt/"' in page
        assert "theoretisch opgeleid" in page.lower()
        # Signposts for parents and studies that fit.
        for name in ("Onderwijskiezer", "CLB", "STEM-academies"):
            assert name in page
        assert "Master (universiteit)" in page
        assert "Set-Cookie" not in response.headers and not response.cookies

    def test_the_english_result_is_in_english(self, client, self_test):
        page = html(client.get(EN, HEALTH))
        assert "Your STEM heroes" in page
        assert "Health and emergency aid" in page
        assert "You help people who are ill or hurt" in page
        assert "Theory hero Tine" in page
        assert 'href="/en/videos/blood-that-saves-lives/"' in page

    def test_the_shareable_url_holds_only_the_answers_and_gives_the_same_result(
        self, client, self_test
    ):
        # Extra parameters a chat app adds are dropped from the link we offer to share.
        page = html(client.get(NL, {**HEALTH, "fbclid": "abc"}))
        shared = re.search(r'id="share-url" class="selftest-share__url" value="([^"]+)"', page)
        share_url = shared[1].replace("&amp;", "&")
        parts = urlsplit(share_url)
        assert parts.path == NL
        assert dict(parse_qsl(parts.query)) == {key: str(value) for key, value in HEALTH.items()}
        again = html(client.get(f"{parts.path}?{parts.query}"))
        assert "Gezondheid en noodhulp" in again
        assert 'href="/nl/videos/bloed-dat-levens-redt/"' in again
        # The language switcher keeps the answers: the same result in English.
        assert f'href="{EN}?' in page


def test_a_result_without_matching_video_still_explains_the_sector(client, self_test):
    page = html(client.get(NL, HEALTH))
    assert "Gezondheid en noodhulp" in page
    assert "Er is nog geen video over deze sector." in page


@pytest.mark.parametrize(
    "query",
    [
        {**HEALTH, "q9": 1},  # an unknown question
        {**HEALTH, "q3": 7},  # an answer that does not exist
        {**HEALTH, "q3": 0},
        {**HEALTH, "q3": "drie"},
        {**HEALTH, "q3": "2; DROP TABLE"},
        {**HEALTH, "q3": ["2", "3"]},  # repeated
        {**HEALTH, "q99999999999999999999": 1},
    ],
)
def test_a_tampered_result_link_shows_the_test_again_with_a_friendly_message(
    client, self_test, query
):
    response = client.get(NL, query)
    assert response.status_code == 200
    page = html(response)
    assert "Deze resultaatlink klopt niet helemaal" in page
    assert 'role="alert"' in page
    assert "Jouw STEM-helden" not in page
    assert len(set(radios(page))) == 8
    # The answers that did fit are still chosen.
    assert checked(page)["q1"] == "1"


def test_a_tampered_link_in_english_gets_the_english_message(client, self_test):
    page = html(client.get(EN, {**HEALTH, "q2": 5}))
    assert "This result link is not quite right" in page


def test_skipped_questions_are_named_and_the_answers_given_are_kept(client, self_test):
    partial = {key: value for key, value in HEALTH.items() if key not in ("q4", "q7")}
    page = html(client.get(NL, partial))
    assert "Je hebt 2 vragen overgeslagen" in page
    assert page.count("Kies een antwoord op deze vraag.") == 2
    assert checked(page) == {key: str(value) for key, value in partial.items()}
    assert 'data-first-open="4"' in page


def test_no_answers_gives_the_first_question_without_a_message(client, self_test):
    for query in ({}, {"utm_source": "school", "fbclid": "x"}):
        page = html(client.get(NL, query))
        assert 'role="alert"' not in page
        assert 'data-first-open="1"' in page
        assert checked(page) == {}


def test_all_answers_empty_is_not_an_error_page(client, self_test):
    response = client.get(NL, {f"q{n}": "" for n in range(1, 9)})
    assert response.status_code == 200
    assert "Je hebt 8 vragen overgeslagen" in html(response)


def test_the_teachers_lesson_idea_is_on_the_test_page(client, self_test):
    page = html(client.get(NL))
    assert 'id="teachers"' in page
    assert "Lesidee: doe de test en ontmoet je held" in page
    page = html(client.get(EN))
    assert "Lesson idea: do the test and meet your hero" in page
