"""Wagtail's reference and search indexes follow saves in tests marked `wagtail_indexes` only
(tests/wagtail_indexes.py): the marked test sees both, an unmarked one neither."""

import pytest
from wagtail.models import Page, ReferenceIndex

from videos.factories import make_image, make_video


def publish_a_video_with_a_poster(site_tree):
    poster = make_image("Affiche kwartelkoning", size=(16, 9))
    video, _ = make_video(site_tree.sections["videos"], "Kwartelkoning tellen", poster=poster)
    return video, poster


@pytest.mark.wagtail_indexes
def test_a_marked_test_keeps_wagtails_reference_and_search_indexes(site_tree):
    video, poster = publish_a_video_with_a_poster(site_tree)
    assert {ref.object_id for ref in ReferenceIndex.get_references_to(poster)} == {str(video.pk)}
    assert [page.pk for page in Page.objects.live().search("kwartelkoning")] == [video.pk]


def test_an_unmarked_test_saves_without_updating_them(site_tree):
    video, poster = publish_a_video_with_a_poster(site_tree)
    assert not ReferenceIndex.get_references_to(poster).exists()
    assert not Page.objects.live().search("kwartelkoning")
    assert video.live and Page.objects.live().filter(pk=video.pk).exists()
