"""Role models for girls, visibly (issue 16, item 3): an editor-curated collection page and the
heroes' "how I got here" path; a hero's identity is never a public filter."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stemhub.demo import add_child_page
from videos.factories import make_video
from videos.models import CollectionVideo, VideoCollectionPage

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .conftest import build_vocab, hero


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def card_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".video-card .card__title a")]


@pytest.fixture(scope="module")
def women_built(django_db_setup, django_db_blocker):
    """`build_women()` once for the module, rolled back after it (tests/kept_content.py); a
    test that adds to the collection does so in its own savepoint."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            kept = Kept(**build_women(skeleton, skeleton.sections["videos"], build_vocab()))
        yield kept


@pytest.fixture
def women(women_built, db):
    """Fresh instances of the module's videos and collection page, by name."""
    return vars(women_built.fresh())


def build_women(site_tree, video_index, vocab):
    """Two published videos with heroes (one with a career path), a draft, and the collection
    page that lists all three."""
    theo, prac = vocab.profiles["theoretisch"], vocab.profiles["praktisch"]
    operator = hero(prac, vocab.routes["dubbele-finaliteit"], name=("De operator", "The operator"))
    operator["career_path"] = (
        "Chemie (TSO) → stage → operator",
        "Chemistry (technical school) → placement → operator",
    )
    videos = {}
    videos["drones"], _ = make_video(
        video_index, "Drones op de werf", title_en="Drones on site", heroes=[hero(theo, None)]
    )
    videos["plant"], _ = make_video(
        video_index,
        "In de fabriek",
        title_en="In the plant",
        heroes=[hero(theo, vocab.routes["master"]), operator],
    )
    videos["draft"], _ = make_video(video_index, "Nog een concept")
    videos["draft"].unpublish()
    page, _ = add_child_page(
        site_tree.home,
        VideoCollectionPage,
        {"nl": "vrouwen-in-stem", "en": "women-in-stem"},
        {"nl": "Vrouwen in STEM", "en": "Women in STEM"},
        intro={"nl": "<p>Waarom deze video's.</p>", "en": "<p>Why these videos.</p>"},
        collection_videos=[
            CollectionVideo(video=videos["plant"], sort_order=0),
            CollectionVideo(video=videos["draft"], sort_order=1),
            CollectionVideo(video=videos["drones"], sort_order=2),
        ],
    )
    videos["page"] = page
    return videos


@pytest.mark.parametrize(
    ("path", "heading", "why", "titles"),
    [
        (
            "/nl/vrouwen-in-stem/",
            "Vrouwen in STEM",
            "Waarom deze video's.",
            ["In de fabriek", "Drones op de werf"],
        ),
        (
            "/en/women-in-stem/",
            "Women in STEM",
            "Why these videos.",
            ["In the plant", "Drones on site"],
        ),
    ],
)
def test_collection_page_explains_why_and_lists_its_videos_in_order(
    client, women, path, heading, why, titles
):
    response = client.get(path)
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == heading
    assert page.select_one(".collection__intro .prose").get_text(strip=True) == why
    assert card_titles(response) == titles  # the editors' order; the draft is left out


@pytest.mark.parametrize(
    ("path", "label", "text"),
    [
        ("/nl/videos/in-de-fabriek/", "Zo kwam ik hier", "Chemie (TSO) → stage → operator"),
        (
            "/en/videos/in-de-fabriek/",
            "How I got here",
            "Chemistry (technical school) → placement → operator",
        ),
    ],
)
def test_hero_path_is_shown_on_the_video_page(client, women, path, label, text):
    page = soup(client.get(path))
    paths = page.select(".hero-card__path")
    assert [node.get_text(strip=True) for node in paths] == [text]  # only the hero who has one
    assert paths[0].find_previous_sibling("dt").get_text(strip=True) == label


def test_identity_is_never_a_public_filter(client, women):
    browse = soup(client.get("/nl/videos/?gender=woman"))
    assert browse.select("[name=gender]") == []
    assert len(browse.select(".video-card")) == 2  # the unknown parameter filters nothing
    collection = client.get("/en/women-in-stem/").content.decode()
    assert "non_binary" not in collection and "identifies" not in collection


def test_collection_queries_do_not_grow(client, women, video_index):
    page = women["page"]
    client.get("/nl/vrouwen-in-stem/")
    with CaptureQueriesContext(connection) as few:
        client.get("/nl/vrouwen-in-stem/")
    for number in range(6):
        video, _ = make_video(video_index, f"Extra {number}")
        CollectionVideo.objects.create(page=page, video=video, sort_order=10 + number)
    client.get("/nl/vrouwen-in-stem/")  # kept per cache generation: read again after the publish
    with CaptureQueriesContext(connection) as many:
        response = client.get("/nl/vrouwen-in-stem/")
    assert len(card_titles(response)) == 8
    print(f"collection page: {len(few)} queries (2 videos), {len(many)} (8)")
    assert len(few) == len(many) <= 8
