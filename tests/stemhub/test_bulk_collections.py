"""Bulk action "Video collection": put selected videos (or the videos of selected lessons) in a
collection page, or take them out, through a new revision of the collection."""

import pytest
from bs4 import BeautifulSoup

from classroom.demo import load_index
from classroom.factories import add_material, ensure_vocabulary
from stemhub import roles
from stemhub.demo import add_child_page
from videos.factories import make_video
from videos.models import CollectionVideo, VideoCollectionPage

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .admin_helpers import member_of, prefers_english

VIDEO_ACTION = "/admin/bulk/wagtailcore/page/video_collection/"
LESSON_ACTION = "/admin/bulk/wagtailcore/page/lesson_collection/"


@pytest.fixture(scope="module")
def videos_and_collection_built(django_db_setup, django_db_blocker):
    """Three published videos and a live collection holding the first, built once for the
    module (tests/kept_content.py); what an action changes stays in the test's savepoint."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            videos = build_videos(skeleton)
            collection = build_collection(skeleton, videos)
            kept = Kept(
                **{f"video_{number}": video for number, video in enumerate(videos)},
                collection=collection,
            )
        yield kept


@pytest.fixture
def built(videos_and_collection_built, db):
    return videos_and_collection_built.fresh()


@pytest.fixture
def videos(built):
    return [built.video_0, built.video_1, built.video_2]


@pytest.fixture
def collection(built):
    return built.collection


def build_videos(site_tree):
    index = site_tree.sections["videos"]
    made = [
        make_video(index, title, slug=f"{title.lower()}-reeks")[0]
        for title in ("Zonnecellen", "Bruggen", "Robots")
    ]
    for page in made:
        page.save_revision().publish()
    return made


def build_collection(site_tree, videos):
    page, _ = add_child_page(
        site_tree.home,
        VideoCollectionPage,
        {"nl": "vrouwen-in-stem", "en": "women-in-stem"},
        {"nl": "Vrouwen in STEM", "en": "Women in STEM"},
        collection_videos=[CollectionVideo(video=videos[0], sort_order=0)],
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def editor_client(client, db):
    client.force_login(member_of(roles.EDITORS_GROUP))
    return client


def _query(pages):
    return "?" + "&".join(f"id={page.pk}" for page in pages) + "&next=/admin/pages/"


def _videos_in(collection, latest=False):
    page = VideoCollectionPage.objects.get(pk=collection.pk)
    if latest:
        page = page.get_latest_revision_as_object()
    return [row.video_id for row in page.collection_videos.all()]


def test_the_confirmation_screen_lists_the_videos_and_the_collections(
    editor_client, videos, collection
):
    response = editor_client.get(VIDEO_ACTION + _query(videos))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    body = page.get_text(" ", strip=True)
    assert "De video's zelf veranderen niet" in body
    for video in videos:
        assert video.title in body
    options = [
        option.get_text(strip=True) for option in page.select("select[name=collection] option")
    ]
    assert "Vrouwen in STEM" in options
    assert page.select_one("label[for=id_collection]").get_text(strip=True).startswith("Videoreeks")


def test_adding_videos_publishes_a_new_revision_of_a_live_collection(
    editor_client, videos, collection
):
    revisions = collection.revisions.count()
    response = editor_client.post(
        VIDEO_ACTION + _query(videos),
        {"operation": "add", "collection": collection.pk},
        follow=True,
    )
    assert response.status_code == 200
    # the first video was already in it: added at the end, no duplicate
    assert _videos_in(collection) == [videos[0].pk, videos[1].pk, videos[2].pk]
    collection = VideoCollectionPage.objects.get(pk=collection.pk)
    assert collection.revisions.count() == revisions + 1
    assert not collection.has_unpublished_changes
    message = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "2 video's zijn toegevoegd aan de videoreeks “Vrouwen in STEM”." in message
    public = editor_client.get("/nl/vrouwen-in-stem/").content.decode()
    assert "Bruggen" in public and "Robots" in public


def test_removing_videos_from_a_collection_with_pending_changes_keeps_a_draft(
    editor_client, videos, collection
):
    collection.title = "Vrouwen in STEM (nieuw)"
    collection.save_revision()  # an editor's pending change: not to be published by the action
    editor_client.post(
        VIDEO_ACTION + _query(videos[:1]), {"operation": "remove", "collection": collection.pk}
    )
    assert _videos_in(collection) == [videos[0].pk]  # the live version is untouched
    assert _videos_in(collection, latest=True) == []
    latest = VideoCollectionPage.objects.get(pk=collection.pk).get_latest_revision_as_object()
    assert latest.title == "Vrouwen in STEM (nieuw)"


def test_nothing_to_change_makes_no_revision(editor_client, videos, collection):
    revisions = collection.revisions.count()
    editor_client.post(
        VIDEO_ACTION + _query(videos[1:]), {"operation": "remove", "collection": collection.pk}
    )
    assert collection.revisions.count() == revisions


def test_a_collection_must_be_chosen(editor_client, videos, collection):
    response = editor_client.post(VIDEO_ACTION + _query(videos), {"operation": "add"})
    assert response.status_code == 200
    field = BeautifulSoup(response.content, "html.parser").select_one(
        "[data-field-wrapper]:has(#id_collection)"
    )
    assert "verplicht" in field.get_text(" ", strip=True)
    assert _videos_in(collection) == [videos[0].pk]


def test_the_action_in_english(client, videos, collection):
    client.force_login(prefers_english(member_of(roles.EDITORS_GROUP)))
    body = client.get(VIDEO_ACTION + _query(videos)).content.decode()
    assert "The videos themselves do not change" in body
    response = client.post(
        VIDEO_ACTION + _query(videos[1:2]),
        {"operation": "add", "collection": collection.pk},
        follow=True,
    )
    assert "1 video was added to the collection “Women in STEM”." in response.content.decode()


def test_a_translator_is_offered_no_collection_and_changes_nothing(client, videos, collection):
    client.force_login(member_of(roles.TRANSLATORS_GROUP))
    revisions = collection.revisions.count()
    form = client.get(VIDEO_ACTION + _query(videos))
    assert "Vrouwen in STEM" not in form.content.decode()
    client.post(VIDEO_ACTION + _query(videos), {"operation": "add", "collection": collection.pk})
    assert collection.revisions.count() == revisions
    assert _videos_in(collection, latest=True) == [videos[0].pk]


def test_lessons_add_their_videos(editor_client, site_tree, videos, collection):
    ensure_vocabulary()
    index = load_index(site_tree)
    lesson = add_material(index, video=videos[2], slug="robot-les", title="Robotles")[0]
    no_video = add_material(index, video=videos[1], slug="losse-les", title="Losse les")[0]
    type(no_video).objects.filter(pk=no_video.pk).update(video=None)  # its video was deleted
    form = editor_client.get(LESSON_ACTION + _query([lesson, no_video])).content.decode()
    assert "video: Robots" in form
    assert "geen video: overgeslagen" in form
    editor_client.post(
        LESSON_ACTION + _query([lesson, no_video]),
        {"operation": "add", "collection": collection.pk},
    )
    assert _videos_in(collection) == [videos[0].pk, videos[2].pk]
    assert type(lesson).objects.get(pk=lesson.pk).revisions.count() == lesson.revisions.count()
