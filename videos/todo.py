"""The admin home's panels for videos: accessibility gaps and signposts that point to a home page.

A video needs a transcript (every video) and captions (a video file we host; YouTube and Vimeo
bring their own). A video's signpost should lead straight to the page that helps (its deep link),
not to a site's home page, where a child or parent has to search again.
"""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from stemhub.admin_todo import TodoPanel, TodoRow, register_todo_panel

from .models import VideoPage, VideoSignpost


def video_gaps(video):
    gaps = []
    if not video.transcript_nl.strip():
        gaps.append(_("no transcript"))
    if video.video_file and not video.captions_nl:
        gaps.append(_("no captions"))
    return gaps


@register_todo_panel
class VideosWithoutCaptionsPanel(TodoPanel):
    name = "todo-video-captions"
    heading = gettext_lazy("Videos without captions or transcript")
    empty_text = gettext_lazy("Every video has its captions and transcript.")
    for_page_editors = True
    order = 50

    def get_queryset(self):
        no_transcript = Q(transcript_nl="") | Q(transcript_nl__isnull=True)
        no_captions = ~Q(video_file="") & (Q(captions_nl="") | Q(captions_nl__isnull=True))
        return (
            VideoPage.objects.filter(no_transcript | no_captions)
            .only("pk", "title", "title_nl", "transcript_nl", "video_file", "captions_nl")
            .order_by("-first_published_at", "-pk")
        )

    def row(self, video):
        detail = ", ".join(video_gaps(video)).capitalize()
        return TodoRow(video.title, detail, reverse("wagtailadmin_pages:edit", args=[video.pk]))


HOME_PAGE_ADDRESS = r"^https?://[^/?#]+/?$"


@register_todo_panel
class SignpostsWithoutDeepLinkPanel(TodoPanel):
    """A video's signpost with no deep link, whose site address is only a home page."""

    name = "todo-signpost-links"
    heading = gettext_lazy("Signposts without a deep link")
    empty_text = gettext_lazy("Every signpost leads straight to the right page.")
    for_page_editors = True
    order = 60

    def get_queryset(self):
        return (
            VideoSignpost.objects.filter(deep_link="", signpost__url_nl__regex=HOME_PAGE_ADDRESS)
            .select_related("signpost", "page")
            .order_by("page__title", "sort_order")
        )

    def row(self, link):
        return TodoRow(
            f"{link.page.title}: {link.signpost.name}",
            _("Leads to %(address)s") % {"address": link.signpost.url},
            reverse("wagtailadmin_pages:edit", args=[link.page_id]),
        )
