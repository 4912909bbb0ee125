"""Signposts with purpose (issue 16, item 2): the deep link and its why on the video page, and
the editors' report of videos whose signposts all point at a home page."""

import csv
import io
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.users.models import UserProfile

from videos.factories import make_signpost, make_video

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .conftest import build_vocab, hero

REPORT = "/admin/reports/home-page-links/"


@pytest.fixture(scope="module")
def linked_built(django_db_setup, django_db_blocker):
    """The four videos of `build_linked()`, published once for the module and rolled back after
    it (tests/kept_content.py): every test here only reads them."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            kept = Kept(**build_linked(skeleton.sections["videos"], build_vocab()))
        yield kept


@pytest.fixture
def linked(linked_built, db):
    """Fresh instances of the module's four videos, by name."""
    return vars(linked_built.fresh())


def build_linked(video_index, vocab):
    """A video with a deep link, one with home-page links only, one whose "deep" link is the
    home page, and one without signposts."""
    theo, prac = vocab.profiles["theoretisch"], vocab.profiles["praktisch"]
    beroepenhuis = make_signpost("beroepenhuis", "Beroepenhuis", "https://www.beroepenhuis.be/")
    videos = {}
    videos["deep"], _ = make_video(
        video_index,
        "Met diepe link",
        title_en="With a deep link",
        heroes=[hero(theo, vocab.routes["master"]), hero(prac, vocab.routes["arbeidsmarkt"])],
        signposts=[
            beroepenhuis,
            (
                vocab.signpost,
                "Welke opleidingen leiden naar deze job?",
                "Which programmes lead to this job?",
                "https://www.onderwijskiezer.be/v2/secundair/richting.php?id=42",
            ),
        ],
    )
    videos["home"], _ = make_video(
        video_index, "Alleen startpagina's", signposts=[beroepenhuis, vocab.signpost]
    )
    videos["same"], _ = make_video(
        video_index,
        "Diepe link is de startpagina",
        # A "deep" link that is only the signpost's own home page does not count.
        signposts=[(vocab.signpost, "Kijk hier", "Look here", "https://www.onderwijskiezer.be/")],
    )
    videos["none"], _ = make_video(video_index, "Zonder wegwijzers")
    return videos


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/nl/videos/met-diepe-link/", "Welke opleidingen leiden naar deze job?"),
        ("/en/videos/met-diepe-link/", "Which programmes lead to this job?"),
    ],
)
def test_video_page_shows_the_deep_link_and_why(client, linked, path, why):
    page = soup(client.get(path))
    signposts = page.select(".signpost")
    hrefs = [node.select_one(".signpost__name a")["href"] for node in signposts]
    # Through the counting redirect (impact), whose address still names the deep link.
    assert [parse_qs(urlsplit(href).query)["to"] for href in hrefs] == [
        ["https://www.beroepenhuis.be/"],
        ["https://www.onderwijskiezer.be/v2/secundair/richting.php?id=42"],
    ]
    assert [client.get(href)["Location"] for href in hrefs] == [
        "https://www.beroepenhuis.be/",
        "https://www.onderwijskiezer.be/v2/secundair/richting.php?id=42",
    ]
    assert signposts[1].select_one(".signpost__text").get_text(strip=True) == why


@pytest.fixture
def editor_client(client, site_tree):
    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(user)
    return client


def test_report_lists_videos_with_only_home_page_links(editor_client, linked):
    response = editor_client.get(REPORT)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Alleen startpagina" in text
    assert "Diepe link is de startpagina" in text
    assert "Zonder wegwijzers" in text
    assert "Met diepe link" not in text
    rows = soup(response).select("table.listing tbody tr")
    assert len(rows) == 3


def test_report_is_in_the_reports_menu_and_in_dutch(editor_client, linked):
    user = get_user_model().objects.get(username="chief")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"
    profile.save()
    dashboard = editor_client.get("/admin/")
    assert REPORT in dashboard.content.decode()
    response = editor_client.get(REPORT)
    assert "Video's met alleen startpagina's" in response.content.decode()


def test_report_downloads_as_csv(editor_client, linked):
    response = editor_client.get(f"{REPORT}?export=csv")
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    titles = sorted(row[0] for row in rows[1:])
    assert titles == ["Alleen startpagina's", "Diepe link is de startpagina", "Zonder wegwijzers"]
    counts = {row[0]: row[-1] for row in rows[1:]}
    assert counts["Alleen startpagina's"] == "2"
    assert counts["Zonder wegwijzers"] == "0"


def test_report_is_for_video_editors_only(client, site_tree, linked):
    user = get_user_model().objects.create_user("reader", "reader@example.org", "pw")
    group = Group.objects.create(name="Admin readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    response = client.get(REPORT)
    assert response.status_code in (302, 403)
    assert "Alleen startpagina" not in response.content.decode()
