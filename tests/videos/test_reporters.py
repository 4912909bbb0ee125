"""Child reporters (issue 16, item 4): one per video, shown as "Reporter: Lotte, 11", the "our
reporters" page, and a photo only with a consent record."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stemhub.demo import add_child_page
from videos.factories import make_image, make_video
from videos.models import Reporter, ReporterIndexPage

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def build_reporters_page(home):
    page, _ = add_child_page(
        home,
        ReporterIndexPage,
        {"nl": "onze-reporters", "en": "our-reporters"},
        {"nl": "Onze reporters", "en": "Our reporters"},
        intro={"nl": "<p>Dit zijn ze.</p>", "en": "<p>Here they are.</p>"},
    )
    return page


def build_lotte():
    return Reporter.objects.create(first_name="Lotte", age=11, school_or_town="Gent")


def build_reported(video_index, lotte):
    videos = {}
    videos["bridge"], _ = make_video(
        video_index, "Bruggen bouwen", title_en="Building bridges", year=2021, reporter=lotte
    )
    videos["lab"], _ = make_video(video_index, "In het labo", title_en="In the lab", reporter=lotte)
    videos["draft"], _ = make_video(video_index, "Nog niet klaar", reporter=lotte)
    videos["draft"].unpublish()
    videos["alone"], _ = make_video(video_index, "Zonder reporter")
    return videos


@pytest.fixture
def reporters_page(site_tree):
    return build_reporters_page(site_tree.home)


@pytest.fixture
def lotte(db):
    return build_lotte()


@pytest.fixture(scope="class")
def reported_built(django_db_setup, django_db_blocker):
    """The reporters page, Lotte and her videos (one a draft) beside one without a reporter,
    built once for `TestLotte` and rolled back after it: the module's other tests never see
    them (one expects no reporter listed, one counts the cards)."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            page = build_reporters_page(skeleton.home)
            lotte = build_lotte()
            videos = build_reported(skeleton.sections["videos"], lotte)
            kept = Kept(reporters_page=page, lotte=lotte, **videos)
        yield kept


class TestLotte:
    """Lotte and her videos, built once for the class."""

    @pytest.fixture
    def shared(self, reported_built, db):
        return reported_built.fresh()

    @pytest.fixture
    def reporters_page(self, shared):
        return shared.reporters_page

    @pytest.fixture
    def lotte(self, shared):
        return shared.lotte

    @pytest.fixture
    def reported(self, shared):
        return {key: getattr(shared, key) for key in ("bridge", "lab", "draft", "alone")}

    @pytest.mark.parametrize("prefix", ["/nl/videos/", "/en/videos/"])
    def test_video_page_names_its_reporter(self, client, reporters_page, reported, lotte, prefix):
        page = soup(client.get(f"{prefix}bruggen-bouwen/"))
        line = page.select_one(".video-page__reporter")
        assert line.get_text(strip=True) == "Reporter: Lotte, 11"
        link = line.select_one("a")
        expected = "/nl/onze-reporters/" if prefix.startswith("/nl") else "/en/our-reporters/"
        assert link["href"] == f"{expected}#reporter-{lotte.pk}"
        assert "Gent" not in line.get_text()  # the place is on the reporters page, not here

    def test_video_without_reporter_says_nothing(self, client, reporters_page, reported):
        page = soup(client.get("/nl/videos/zonder-reporter/"))
        assert page.select_one(".video-page__reporter") is None

    @pytest.mark.parametrize(
        ("path", "heading", "label"),
        [
            ("/nl/onze-reporters/", "Onze reporters", "Reporter in deze video's:"),
            ("/en/our-reporters/", "Our reporters", "Reported in these videos:"),
        ],
    )
    def test_our_reporters_page(
        self, client, reporters_page, reported, lotte, path, heading, label
    ):
        response = client.get(path)
        assert response.status_code == 200
        page = soup(response)
        assert page.h1.get_text(strip=True) == heading
        cards = page.select(".reporter-card")
        assert len(cards) == 1
        card = cards[0]
        assert card["id"] == f"reporter-{lotte.pk}"
        assert card.select_one(".reporter-card__name").get_text(strip=True) == "Lotte, 11"
        assert card.select_one(".reporter-card__where").get_text(strip=True) == "Gent"
        assert card.select_one(".reporter-card__label").get_text(strip=True) == label
        titles = [a.get_text(strip=True) for a in card.select(".reporter-card__videos a")]
        english = path.startswith("/en")
        assert titles == (
            ["Building bridges", "In the lab"] if english else ["Bruggen bouwen", "In het labo"]
        )
        assert "Nog niet klaar" not in response.content.decode()  # a draft video is not listed

    def test_photo_is_shown_only_with_a_consent_record(
        self, client, reporters_page, reported, lotte
    ):
        lotte.photo = make_image("Lotte", colour=(200, 100, 50))
        lotte.save()  # stored by a script without the record: the site still hides it
        page = soup(client.get("/nl/onze-reporters/"))
        assert page.select_one("img.reporter-card__photo") is None
        assert page.select_one(".reporter-card__photo--empty").get_text(strip=True) == "L"

        lotte.consent_given_by = "Mama van Lotte"
        lotte.consent_date = datetime.date(2021, 3, 1)
        lotte.save()
        response = client.get("/nl/onze-reporters/")
        page = soup(response)
        assert page.select_one("img.reporter-card__photo") is not None
        assert "Mama van Lotte" not in response.content.decode()  # the record stays editor-only


def test_a_reporter_without_live_videos_is_not_listed(client, reporters_page, video_index):
    Reporter.objects.create(first_name="Ward", age=12)
    response = client.get("/nl/onze-reporters/")
    assert "Ward" not in response.content.decode()
    assert "Onze reporters verschijnen hier" in response.content.decode()


def test_model_refuses_a_photo_without_consent(lotte):
    lotte.photo = make_image("Lotte", colour=(200, 100, 50))
    with pytest.raises(ValidationError) as refused:
        lotte.full_clean()
    assert "photo" in refused.value.message_dict


def test_admin_form_refuses_a_photo_without_consent_and_keeps_the_input(client, site_tree):
    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(user)
    image = make_image("Noor", colour=(10, 120, 90))
    response = client.post(
        "/admin/snippets/videos/reporter/add/",
        {"first_name": "Noor", "age": "10", "school_or_town": "Hasselt", "photo": image.pk},
    )
    assert response.status_code == 200
    assert not Reporter.objects.filter(first_name="Noor").exists()
    assert "kan alleen met de toestemming erbij" in response.content.decode()  # admin in Dutch
    assert 'value="Hasselt"' in response.content.decode()
    response = client.post(
        "/admin/snippets/videos/reporter/add/",
        {
            "first_name": "Noor",
            "age": "10",
            "school_or_town": "Hasselt",
            "photo": image.pk,
            "consent_given_by": "Papa van Noor",
            "consent_date": "2021-03-01",
            "consent_scope": "foto en voornaam op de site",
        },
    )
    assert response.status_code == 302
    assert Reporter.objects.get(first_name="Noor").has_consent


def test_reporters_page_queries_do_not_grow(client, reporters_page, video_index):
    def add(start, count):
        for number in range(start, start + count):
            reporter = Reporter.objects.create(first_name=f"Kind{number}", age=11)
            make_video(video_index, f"Video {number}", reporter=reporter)

    add(0, 3)
    client.get("/nl/onze-reporters/")
    with CaptureQueriesContext(connection) as few:
        client.get("/nl/onze-reporters/")
    add(3, 9)
    client.get("/nl/onze-reporters/")  # kept per cache generation: read again after the publish
    with CaptureQueriesContext(connection) as many:
        response = client.get("/nl/onze-reporters/")
    assert len(soup(response).select(".reporter-card")) == 12
    print(f"reporters page: {len(few)} queries (3 reporters), {len(many)} (12)")
    assert len(few) == len(many) <= 7
