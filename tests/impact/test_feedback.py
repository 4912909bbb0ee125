"""One-click feedback: "Used in class" and "Made you curious about this job?", with and without
JavaScript, only where it is asked, rate-limited, and stored as events of the page's language."""

import pytest
from bs4 import BeautifulSoup

from impact.models import Event

from .conftest import events, url

THANKS = {
    "nl": {"curious": "Bedankt voor je antwoord!", "used-in-class": "Bedankt!"},
    "en": {"curious": "Thank you for your answer!", "used-in-class": "Thank you!"},
}


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_video_asks_both_and_a_lesson_asks_used_in_class(visitor, content, language):
    video = soup_of(visitor.get(url(content.video, language)))
    curious = video.find("form", id="feedback-curious")
    assert curious["method"] == "post"
    assert curious["action"] == f"/{language}/impact/feedback/{content.video.pk}/curious/"
    assert curious.find("legend").get_text(strip=True)
    answers = [button["value"] for button in curious.find_all("button")]
    assert answers == ["yes", "a-bit", "no"]
    assert video.find("form", id="feedback-used-in-class") is not None
    assert video.find(attrs={"role": "status"}) is not None

    lesson = soup_of(visitor.get(url(content.lesson, language)))
    used = lesson.find("form", id="feedback-used-in-class")
    assert used["action"] == f"/{language}/impact/feedback/{content.lesson.pk}/used-in-class/"
    assert lesson.find("form", id="feedback-curious") is None
    # No token in the forms, so the pages stay the same for everyone and set no cookie.
    assert not lesson.find("input", attrs={"name": "csrfmiddlewaretoken"})


@pytest.mark.parametrize("language", ["nl", "en"])
def test_without_javascript_the_page_comes_back_with_a_thank_you(visitor, content, language):
    action = f"/{language}/impact/feedback/{content.video.pk}/curious/"
    response = visitor.post(action, {"answer": "a-bit"})
    assert response.status_code == 303
    assert response["Location"] == (
        f"{url(content.video, language)}?thanks=curious#feedback-curious"
    )
    assert not response.cookies
    page = visitor.get(response["Location"])
    status = soup_of(page).find("form", id="feedback-curious").find(attrs={"role": "status"})
    assert status.get_text(strip=True) == THANKS[language]["curious"]
    assert status.has_attr("data-focus-on-load")
    assert not page.cookies
    assert events() == [("curious", language, content.video.pk, 0, "a-bit", "")]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_used_in_class_on_a_lesson_and_a_video(visitor, content, language):
    for page in (content.lesson, content.video):
        response = visitor.post(f"/{language}/impact/feedback/{page.pk}/used-in-class/")
        assert response.status_code == 303
        thanked = soup_of(visitor.get(response["Location"]))
        status = thanked.find("form", id="feedback-used-in-class").find(attrs={"role": "status"})
        assert THANKS[language]["used-in-class"] in status.get_text()
    assert sorted(events()) == sorted(
        [
            ("used-in-class", language, content.lesson.pk, 0, "", ""),
            ("used-in-class", language, content.video.pk, 0, "", ""),
        ]
    )


def test_with_javascript_the_answer_comes_back_as_json(visitor, content):
    response = visitor.post(
        f"/en/impact/feedback/{content.video.pk}/curious/",
        {"answer": "yes"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200
    assert response.json() == {"message": THANKS["en"]["curious"]}
    assert events() == [("curious", "en", content.video.pk, 0, "yes", "")]


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("{video}/curious/", {"answer": "maybe"}, 400),  # not one of the answers
        ("{video}/curious/", {}, 400),
        ("{video}/curious/", {"answer": "yes\x00"}, 400),
        ("{video}/used-in-class/", {"answer": "yes"}, 400),  # this one takes no answer
        ("{lesson}/curious/", {"answer": "yes"}, 404),  # only videos ask it
        ("{partner}/used-in-class/", {}, 404),  # a partner page is no lesson
        ("999999/used-in-class/", {}, 404),
        ("{video}/love-it/", {}, 404),
    ],
)
def test_bad_feedback_is_refused_and_nothing_is_stored(visitor, content, path, body, status):
    ids = {"video": content.video.pk, "lesson": content.lesson.pk, "partner": content.partner.pk}
    action = f"/nl/impact/feedback/{path.format(**ids)}"
    assert visitor.post(action, body).status_code == status
    as_json = visitor.post(action, body, HTTP_ACCEPT="application/json")
    assert as_json.status_code == status
    assert as_json.json()["error"]
    assert not Event.objects.exists()


def test_the_bad_answer_page_is_translated(visitor, content):
    action = f"/en/impact/feedback/{content.video.pk}/curious/"
    assert b"Nothing was stored" in visitor.post(action, {"answer": "maybe"}).content


def test_feedback_takes_only_posts(visitor, content):
    response = visitor.get(f"/nl/impact/feedback/{content.video.pk}/used-in-class/")
    assert response.status_code == 405
    assert not Event.objects.exists()


def test_a_forged_flood_adds_no_more_than_the_limit(visitor, content, settings):
    settings.STEMHUB_IMPACT_RATE_LIMITS = {"curious": (3, 3600)}
    action = f"/nl/impact/feedback/{content.video.pk}/curious/"
    answers = [visitor.post(action, {"answer": "yes"}).status_code for _ in range(3)]
    assert answers == [303, 303, 303]
    # Switching answers does not get round the limit: it is per action and page.
    refused = visitor.post(action, {"answer": "no"})
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    as_json = visitor.post(action, {"answer": "no"}, HTTP_ACCEPT="application/json")
    assert as_json.status_code == 429 and as_json.json()["error"]
    assert Event.objects.filter(kind="curious").count() == 3
    # "Used in class" on the same page has its own limit.
    assert visitor.post(f"/nl/impact/feedback/{content.video.pk}/used-in-class/").status_code == 303


def test_a_bot_gets_the_page_back_but_is_not_counted(bot, content):
    response = bot.post(f"/nl/impact/feedback/{content.video.pk}/curious/", {"answer": "yes"})
    assert response.status_code == 303
    assert not Event.objects.exists()
