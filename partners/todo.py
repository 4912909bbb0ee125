"""The admin home's panel of partner videos that wait for a review (oldest first)."""

from django.urls import reverse
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from stemhub.admin_todo import TodoPanel, TodoRow, record_url, register_todo_panel

from .models import VideoSubmission


@register_todo_panel
class PartnerVideosPanel(TodoPanel):
    name = "todo-partner-videos"
    heading = gettext_lazy("Partner videos to review")
    empty_text = gettext_lazy("No partner video waits for a review.")
    permission = "partners.change_videosubmission"
    order = 10

    def get_queryset(self):
        return (
            VideoSubmission.objects.filter(status=VideoSubmission.Status.IN_REVIEW)
            .select_related("partner")
            .order_by("created_at")
        )

    def row(self, submission):
        detail = _("%(partner)s, sent %(age)s ago") % {
            "partner": submission.organisation,
            "age": timesince(submission.created_at),
        }
        url = record_url(submission, "partners_videosubmission:inspect")
        return TodoRow(submission.title_nl, detail, url)

    def all_url(self):
        return reverse("partners_videosubmission:index") + (
            f"?status={VideoSubmission.Status.IN_REVIEW}"
        )
