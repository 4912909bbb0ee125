"""The hub's measured figures for an initiative's linked videos and lesson material, shown on
its public page beside the reach and impact the organisation states (when editors opted in).

Two queries: the opt-in with its linked pages' ids (one SQL with subqueries) and the sums.
"""

from dataclasses import dataclass

from django.db.models import Count, Min, Q, Sum

from .labels import total_label
from .models import DailyCount, InitiativeFigures, Kind

SHOWN = (Kind.VIEW, Kind.PLAY, Kind.DOWNLOAD, Kind.USED_IN_CLASS, Kind.SIGNPOST)


@dataclass
class MeasuredFigures:
    videos: int
    materials: int
    counts: dict  # kind -> count
    since: object  # the first day counted, or None

    def rows(self):
        """(label, count) of what was counted; kinds without any count are left out."""
        return [(total_label(kind), self.counts[kind]) for kind in SHOWN if self.counts.get(kind)]


def measured_figures(initiative):
    """The figures to show for this initiative, or None when the editors did not opt in."""
    if initiative is None or not initiative.pk:
        return None
    through_videos = InitiativeFigures.videos.through.objects
    through_materials = InitiativeFigures.materials.through.objects
    opt_in = (
        InitiativeFigures.objects.filter(initiative_id=initiative.pk, show=True)
        .annotate(
            n_videos=Count("videos", distinct=True), n_materials=Count("materials", distinct=True)
        )
        .values("pk", "n_videos", "n_materials")
        .first()
    )
    if opt_in is None:
        return None
    videos = through_videos.filter(initiativefigures_id=opt_in["pk"]).values("videopage_id")
    materials = through_materials.filter(initiativefigures_id=opt_in["pk"]).values(
        "classroommaterialpage_id"
    )
    rows = (
        DailyCount.objects.filter(Q(page_id__in=videos) | Q(page_id__in=materials), kind__in=SHOWN)
        .order_by()
        .values("kind")
        .annotate(n=Sum("count"), first=Min("day"))
    )
    counts, firsts = {}, []
    for row in rows:
        counts[row["kind"]] = row["n"]
        firsts.append(row["first"])
    return MeasuredFigures(
        opt_in["n_videos"], opt_in["n_materials"], counts, min(firsts, default=None)
    )
