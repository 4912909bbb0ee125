"""Bulk action in the page listing: put the selected videos in a collection, or take them out.

The videos themselves do not change: the chosen collection page (VideoCollectionPage, its
CollectionVideo rows) gets a new revision of its latest version, with the videos added at the
end or removed. As with the term actions (`stemhub.bulk_terms`), a live collection without
pending changes is published again if the editor may publish it; a draft, or a collection with
pending changes, stays a draft. Only collections the editor may edit are offered.

An app whose pages point at a video (a lesson) subclasses the action with its own `page_model`
and `videos_of()`; the lessons' action adds their videos.
"""

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.views.pages.bulk_actions.page_bulk_action import PageBulkAction

from stemhub import roles

from .models import CollectionVideo, VideoCollectionPage, VideoPage

ADD, REMOVE = "add", "remove"


def editable_collections(user):
    """The collection pages this user may edit, in title order; none for a translator, who
    changes English texts only."""
    if roles.is_translator_only(user):
        return []
    return [
        page
        for page in VideoCollectionPage.objects.order_by("title")
        if page.permissions_for_user(user).can_edit()
    ]


class CollectionBulkAction(PageBulkAction):
    display_name = _("Video collection")
    aria_label = _("Add the selected videos to a collection, or remove them from one")
    action_type = "video_collection"
    template_name = "videos/admin/bulk_collection.html"
    action_priority = 85
    page_model = VideoPage
    items_text = _(
        "These videos are added to, or removed from, the collection you choose below. The "
        "videos themselves do not change."
    )

    @property
    def form_class(self):
        collections = [(str(page.pk), page.get_admin_display_title()) for page in self._choices()]

        class CollectionForm(forms.Form):
            operation = forms.ChoiceField(
                label=_("Change"),
                choices=[(ADD, _("Add to the collection")), (REMOVE, _("Remove from it"))],
                widget=forms.RadioSelect,
            )
            collection = forms.TypedChoiceField(
                label=_("Collection"),
                choices=[("", "---------"), *collections],
                coerce=int,
                help_text=_(
                    "Only collections you may edit are listed. The collection gets a new "
                    "revision; a live collection without pending changes is published again."
                ),
            )

        return CollectionForm

    def _choices(self):
        if not hasattr(self, "_collections"):
            self._collections = editable_collections(self.request.user)
        return self._collections

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "has_collections": bool(self._choices())}

    def check_perm(self, page):
        """Any page of this type may be listed; the right that matters is on the collection."""
        content_type = ContentType.objects.get_for_model(self.page_model)
        return page.content_type_id == content_type.pk

    @classmethod
    def videos_of(cls, pages):
        """The videos the selected pages stand for (here: the videos themselves)."""
        return [page.specific for page in pages]

    def get_execution_context(self):
        data = self.cleaned_form.cleaned_data
        return {
            **super().get_execution_context(),
            "operation": data["operation"],
            "collection": next(page for page in self._choices() if page.pk == data["collection"]),
        }

    @classmethod
    def execute_action(cls, objects, user=None, operation=ADD, collection=None, **kwargs):
        videos = [video for video in cls.videos_of(objects) if video is not None]
        return change_collection(collection, videos, operation, user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        data = self.get_execution_context()
        if data["operation"] == ADD:
            text = ngettext(
                "%(count)d video was added to the collection “%(collection)s”.",
                "%(count)d videos were added to the collection “%(collection)s”.",
                num_parent_objects,
            )
        else:
            text = ngettext(
                "%(count)d video was removed from the collection “%(collection)s”.",
                "%(count)d videos were removed from the collection “%(collection)s”.",
                num_parent_objects,
            )
        return text % {
            "count": num_parent_objects,
            "collection": data["collection"].get_admin_display_title(),
        }


def change_collection(collection, videos, operation, user):
    """Add the videos at the end of, or remove them from, the collection in one new revision.

    Returns how many videos were added or removed (0: nothing to change, no revision)."""
    was_published_as_is = collection.live and not collection.has_unpublished_changes
    latest = collection.get_latest_revision_as_object()
    rows = list(latest.collection_videos.all())
    present = {row.video_id for row in rows}
    wanted = list({video.pk: video for video in videos}.values())
    if operation == ADD:
        new = [video for video in wanted if video.pk not in present]
        rows += [CollectionVideo(video=video) for video in new]
        changed = len(new)
    else:
        taken_out = {video.pk for video in wanted} & present
        rows = [row for row in rows if row.video_id not in taken_out]
        changed = len(taken_out)
    if not changed:
        return 0
    for order, row in enumerate(rows):
        row.sort_order = order
    latest.collection_videos = rows
    revision = latest.save_revision(user=user, log_action=True)
    if was_published_as_is and collection.permissions_for_user(user).can_publish():
        revision.publish(user=user)
    return changed
