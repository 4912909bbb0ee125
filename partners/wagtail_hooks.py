"""Video submissions in the Wagtail admin: a listing with status, filters and search.

Approving and rejecting happen on the draft video page, in the "Partner video review"
workflow ("Approve" publishes it; "Request changes" with a comment rejects it); the
submission follows through partners.signals and the submitter is mailed either way.
"""

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.models import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from stemhub.admin_columns import status_column
from stemhub.admin_menus import SUBMISSIONS_MENU_HOOK
from stemhub.admin_permissions import SiteRecordPermissionPolicy

from . import todo  # noqa: F401  (registers the admin home panels)
from .models import VideoConversion, VideoSubmission

# Submissions come only from the public form; editors never create one by hand.
register_permission_policy(VideoSubmission, SiteRecordPermissionPolicy(VideoSubmission))


class ReviewLinkColumn(Column):
    cell_template_name = "partners/admin/review_link_cell.html"

    def get_value(self, instance):
        if not instance.page_id:
            return ""
        return reverse("wagtailadmin_pages:edit", args=[instance.page_id])


class VideoSubmissionInspectView(InspectView):
    def get_field_label(self, field_name, field):
        if field_name == "heroes":
            return _("Heroes")
        return super().get_field_label(field_name, field)

    def get_heroes_display_value(self):
        """One line per hero, in the order the partner gave them."""
        return format_html(
            "<ul>{}</ul>",
            format_html_join("", "<li>{}</li>", ((str(h),) for h in self.object.heroes.all())),
        )


# The review's facts first in a public form record's inspect view, then what was sent.
REVIEW_FIELDS = ["reference", "status", "rejection_reason", "created_at", "decided_at", "language"]


def review_status_column():
    """The record's status, highlighted while it waits for review."""
    return status_column(lambda record: record.status == "in_review")


class VideoSubmissionViewSet(ModelViewSet):
    model = VideoSubmission
    icon = "media"
    menu_label = _("Video submissions")
    menu_order = 100
    menu_hook = SUBMISSIONS_MENU_HOOK
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "reference",
        "title_nl",
        Column("organisation", label=_("Organisation")),
        review_status_column(),
        DateColumn("created_at", label=_("Received")),
        Column("mail_problem", label=_("Mail problem")),
        ReviewLinkColumn("page", label=_("Review")),
    ]
    list_filter = ["status", "language", "sectors", "created_at"]
    search_fields = [
        "reference",
        "title_nl",
        "title_en",
        "organisation_name",
        "partner__title",
        "contact_name",
        "email",
        "video_url",
    ]
    search_backend_name = None  # plain database lookups: submissions are not in the search index
    inspect_view_class = VideoSubmissionInspectView
    # Decisions are taken in the page's workflow (which mails the submitter); here only notes.
    # The heroes are shown as the partner sent them, one row each, not to be changed here.
    panels = [
        InlinePanel(
            "heroes",
            heading=_("Heroes"),
            label=pgettext_lazy("a person in a video", "Hero"),
            min_num=2,
            max_num=2,
            panels=[
                FieldPanel(name, read_only=True)
                for name in ("name", "role", "profile_type", "education_route")
            ],
        ),
        FieldPanel("editor_notes"),
    ]
    inspect_view_fields = REVIEW_FIELDS + [
        "partner",
        "organisation_name",
        "contact_name",
        "email",
        "phone",
        "video_url",
        "video_file",
        "title_nl",
        "title_en",
        "summary_nl",
        "summary_en",
        "sectors",
        "heroes",
        "signposts",
        "poster",
        "confirms_right_to_publish",
        "confirms_consent",
        "confirms_parental_consent",
        "confirms_privacy_notice",
        "page",
        "mail_problem",
        "editor_notes",
    ]

    def get_queryset(self, request):
        return VideoSubmission.objects.select_related("partner")


@hooks.register("register_admin_viewset")
def register_video_submission_viewset():
    return VideoSubmissionViewSet("partners_videosubmission")


class VideoConversionViewSet(ModelViewSet):
    """The worker's conversions of WebM/MOV uploads: state and ffmpeg's error, read only."""

    model = VideoConversion
    icon = "media"
    menu_label = _("Video conversions")
    menu_order = 110
    menu_hook = SUBMISSIONS_MENU_HOOK
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        Column("submission", label=_("Submission")),
        status_column(lambda conversion: conversion.status != VideoConversion.Status.DONE),
        Column("error", label=_("Error")),
        DateColumn("updated_at", label=_("Last change")),
    ]
    list_filter = ["status"]
    form_fields = []
    inspect_view_fields = ["submission", "status", "mp4", "made_poster", "error", "updated_at"]

    def get_queryset(self, request):
        return VideoConversion.objects.select_related("submission")


register_permission_policy(VideoConversion, SiteRecordPermissionPolicy(VideoConversion))


@hooks.register("register_admin_viewset")
def register_video_conversion_viewset():
    return VideoConversionViewSet("partners_videoconversion")
