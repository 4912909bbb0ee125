"""Bulk actions in the page listing: a sector or signpost on many videos, a domain on lessons."""

import pytest
from wagtail.models import Page

from classroom.demo import load_index
from classroom.factories import add_material, ensure_vocabulary
from classroom.models import StemDomain
from stemhub import roles
from taxonomy.models import Sector
from videos.factories import make_signpost, make_video
from videos.models import VideoPage

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content
from .admin_helpers import member_of

VIDEO_ACTION = "/admin/bulk/wagtailcore/page/video_terms/"
LESSON_ACTION = "/admin/bulk/wagtailcore/page/lesson_terms/"


@pytest.fixture(scope="module")
def videos_built(django_db_setup, django_db_blocker):
    """Three published videos, the third with a pending change, built once for the module
    (tests/kept_content.py); what an action changes stays in the test's savepoint."""
    with module_content(django_db_blocker):
        with built_as_in_a_test():
            live, other, draft = build_videos(CommittedSkeleton.find_or_load())
            kept = Kept(live=live, other=other, draft=draft)
        yield kept


@pytest.fixture
def videos(videos_built, db):
    """Fresh instances: live, other, and the one with a pending change."""
    built = videos_built.fresh()
    return built.live, built.other, built.draft


def build_videos(site_tree):
    index = site_tree.sections["videos"]
    live, other, draft = (
        make_video(index, title, slug=f"{title.lower()}-bulk")[0]
        for title in ("Zonnecellen", "Bruggen", "Robots")
    )
    for page in (live, other, draft):
        page.save_revision().publish()  # published through a revision, as editors do
    draft.title = "Robots (nieuwe titel)"
    draft.save_revision()  # a pending change that must not be published by the bulk action
    return live, other, draft


@pytest.fixture
def editor_client(client, db):
    client.force_login(member_of(roles.EDITORS_GROUP))
    return client


def _query(pages, next_url="/admin/pages/"):
    return "?" + "&".join(f"id={page.pk}" for page in pages) + f"&next={next_url}"


def test_adding_a_sector_changes_every_video_through_a_revision(editor_client, videos):
    live, other, draft = videos
    sector = Sector.objects.get(slug="energie")
    revisions_before = {page.pk: page.revisions.count() for page in videos}
    form = editor_client.get(VIDEO_ACTION + _query(videos))
    assert form.status_code == 200
    assert "Energie" in form.content.decode()

    response = editor_client.post(
        VIDEO_ACTION + _query(videos), {"operation": "add", "term": f"sectors:{sector.pk}"}
    )
    assert response.status_code == 302
    for page in videos:
        page = VideoPage.objects.get(pk=page.pk)
        assert page.revisions.count() == revisions_before[page.pk] + 1
        assert sector in page.get_latest_revision_as_object().sectors.all()
    live = VideoPage.objects.get(pk=live.pk)
    assert sector in live.sectors.all()  # republished: it was live without pending changes
    draft = VideoPage.objects.get(pk=draft.pk)
    assert sector not in draft.sectors.all()  # still in a draft, with the pending title
    assert draft.get_latest_revision_as_object().title == "Robots (nieuwe titel)"
    assert draft.has_unpublished_changes


def test_removing_a_signpost_keeps_the_others(editor_client, site_tree):
    index = site_tree.sections["videos"]
    vdab = make_signpost("vdab-bulk", "VDAB bulk", "https://www.vdab.be/x")
    clb = make_signpost("clb-bulk", "CLB bulk", "https://www.clb.be/x")
    video = make_video(index, "Lassen", slug="lassen-bulk", signposts=[vdab, clb])[0]
    response = editor_client.post(
        VIDEO_ACTION + _query([video]), {"operation": "remove", "term": f"signposts:{vdab.pk}"}
    )
    assert response.status_code == 302
    video = VideoPage.objects.get(pk=video.pk)
    assert [link.signpost for link in video.signposts.all()] == [clb]
    revision = video.revisions.order_by("-created_at").first()
    assert [link.signpost for link in revision.as_object().signposts.all()] == [clb]


def test_the_message_says_what_changed(editor_client, videos):
    sector = Sector.objects.get(slug="energie")
    response = editor_client.post(
        VIDEO_ACTION + _query(videos),
        {"operation": "add", "term": f"sectors:{sector.pk}"},
        follow=True,
    )
    assert "“Energie” is toegevoegd aan 3 pagina’s." in response.content.decode()


def test_pages_of_another_type_are_left_alone(editor_client, videos, site_tree):
    home = site_tree.home
    sector = Sector.objects.get(slug="energie")
    form = editor_client.get(VIDEO_ACTION + _query([home, videos[0]]))
    assert "niet op deze manier gewijzigd" in form.content.decode()
    revisions = Page.objects.get(pk=home.pk).revisions.count()
    editor_client.post(
        VIDEO_ACTION + _query([home, videos[0]]),
        {"operation": "add", "term": f"sectors:{sector.pk}"},
    )
    assert Page.objects.get(pk=home.pk).revisions.count() == revisions


def test_a_translator_cannot_use_the_action(client, videos):
    client.force_login(member_of(roles.TRANSLATORS_GROUP))
    sector = Sector.objects.get(slug="energie")
    revisions = videos[0].revisions.count()
    form = client.get(VIDEO_ACTION + _query(videos))
    assert "niet op deze manier gewijzigd" in form.content.decode()
    client.post(VIDEO_ACTION + _query(videos), {"operation": "add", "term": f"sectors:{sector.pk}"})
    # a sector is not an English text: no revision at all, not even a draft
    assert videos[0].revisions.count() == revisions
    assert sector not in videos[0].get_latest_revision_as_object().sectors.all()


def test_adding_a_stem_domain_to_lessons(editor_client, site_tree, videos):
    ensure_vocabulary()
    index = load_index(site_tree)
    lesson = add_material(index, video=videos[0], slug="zon-les", title="Zonneles")[0]
    lesson.save_revision().publish()
    domain = StemDomain.objects.first()
    response = editor_client.post(
        LESSON_ACTION + _query([lesson]), {"operation": "add", "term": f"stem_domains:{domain.pk}"}
    )
    assert response.status_code == 302
    lesson = type(lesson).objects.get(pk=lesson.pk)
    assert domain in lesson.stem_domains.all()
    assert not lesson.has_unpublished_changes
