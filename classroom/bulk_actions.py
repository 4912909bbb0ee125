"""Page listing bulk actions on lessons: "STEM domains and school years" (add or remove one for
many lessons at once) and "Collection" (put the lessons' videos in a video collection)."""

from django.utils.translation import gettext_lazy as _

from stemhub.bulk_terms import TermField, TermsBulkAction
from videos.bulk_collections import CollectionBulkAction

from .models import ClassroomMaterialPage


class LessonTermsBulkAction(TermsBulkAction):
    display_name = _("STEM domains and school years")
    aria_label = _("Add or remove a STEM domain or school year on the selected lessons")
    action_type = "lesson_terms"
    page_model = ClassroomMaterialPage
    term_fields = [
        TermField("stem_domains", _("STEM domains")),
        TermField("school_levels", _("School levels")),
    ]


class LessonCollectionBulkAction(CollectionBulkAction):
    """A collection holds videos: a lesson stands for the video it is built around."""

    display_name = _("Collection of their videos")
    aria_label = _("Add the videos of the selected lessons to a collection, or remove them")
    action_type = "lesson_collection"
    page_model = ClassroomMaterialPage
    items_text = _(
        "The video each lesson is built around is added to, or removed from, the collection "
        "you choose below. The lessons themselves do not change; a lesson without a video is "
        "skipped."
    )

    @classmethod
    def videos_of(cls, pages):
        lessons = ClassroomMaterialPage.objects.filter(pk__in=[page.pk for page in pages])
        return [lesson.video for lesson in lessons.select_related("video")]

    def object_context(self, page):
        context = super().object_context(page)
        video = context["item"].video
        context["video_note"] = (
            _("video: %(title)s") % {"title": video.title} if video else _("no video: skipped")
        )
        return context
