"""The counting endpoints, inside the language prefix (/nl/impact/…, /en/impact/…): the prefix is
the language an action is counted in."""

from django.urls import path

from . import views

urlpatterns = [
    path("impact/view/", views.count_view, name="impact_view"),
    path("impact/play/", views.count_play, name="impact_play"),
    path(
        "impact/signpost/<int:video_id>/<int:signpost_id>/",
        views.follow_signpost,
        name="impact_signpost",
    ),
    path(
        "impact/worksheet/<int:worksheet_id>/",
        views.download_worksheet,
        name="impact_worksheet",
    ),
    path(
        "impact/feedback/<int:page_id>/<slug:kind>/",
        views.give_feedback,
        name="impact_feedback",
    ),
]
