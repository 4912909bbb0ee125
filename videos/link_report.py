"""Editors' report: videos whose signposts all point at a home page (no deep link yet).

A signpost under a video helps most when it leads to the page about exactly that job or study
(Onderwijskiezer's page for the route the practical hero took, Beroepenhuis' page for the job).
This report lists every video, live or draft, without such a deep link, so editors can add one.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, F, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView

from .models import VideoPage, VideoSignpost

REPORT_PERMISSION = "videos.change_videopage"


def videos_with_only_home_page_links():
    """Videos without a signpost link whose deep link differs from the signpost's own address."""
    deep_links = (
        VideoSignpost.objects.filter(page=OuterRef("pk"))
        .exclude(deep_link="")
        .exclude(deep_link=F("signpost__url_nl"))
    )
    return (
        VideoPage.objects.annotate(has_deep_link=Exists(deep_links))
        .filter(has_deep_link=False)
        .annotate(signpost_count=Count("signposts", distinct=True))
        .order_by("title", "pk")
    )


class HomePageLinksReportView(PageReportView):
    page_title = _("Videos with only home-page links")
    header_icon = "link"
    results_template_name = "videos/admin/home_page_links_results.html"
    index_url_name = "videos_home_page_links"
    index_results_url_name = "videos_home_page_links_results"
    list_export = [*PageReportView.list_export, "signpost_count"]
    export_headings = {
        **PageReportView.export_headings,
        "signpost_count": _("Signposts"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"videos-home-page-links-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return videos_with_only_home_page_links()
