"""The admin home's panels for videos: accessibility gaps and signposts that point to a home page.

A video needs a transcript (every video) and captions (a video file we host; YouTube and Vimeo
bring their own). A signpost should lead straight to the page that helps, not to a site's home
page, where a child or parent has to search again.
"""

from urllib.parse import urlsplit

from django.contrib.admin.utils import quote
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.permission_policies.pages import PagePermissionPolicy

from stemhub.admin_todo import ROWS_SHOWN, TodoPanel, TodoRow, register_todo_panel

from .models import Signpost, VideoPage


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
    order = 50

    def is_shown_to(self, user):
        return PagePermissionPolicy().user_has_any_permission(user, ["change"])

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


def is_home_page_address(url):
    return bool(url) and urlsplit(url).path in ("", "/")


@register_todo_panel
class SignpostsWithoutDeepLinkPanel(TodoPanel):
    name = "todo-signpost-links"
    heading = gettext_lazy("Signposts that lead to a home page")
    empty_text = gettext_lazy("Every signpost leads straight to the right page.")
    permission = "videos.change_signpost"
    order = 60

    def count_and_rows(self):
        """Signposts are a short vocabulary: one query, the address checked here."""
        signposts = [
            signpost
            for signpost in Signpost.objects.only("pk", "name", "name_nl", "url_nl", "url_en")
            if is_home_page_address(signpost.url_nl) or is_home_page_address(signpost.url_en)
        ]
        viewset = Signpost.snippet_viewset
        rows = [
            TodoRow(
                signpost.name,
                _("Leads to %(address)s") % {"address": signpost.url_nl or signpost.url_en},
                reverse(viewset.get_url_name("edit"), args=[quote(signpost.pk)]),
            )
            for signpost in signposts[:ROWS_SHOWN]
        ]
        return len(signposts), rows

    def all_url(self):
        return reverse(Signpost.snippet_viewset.get_url_name("list"))
