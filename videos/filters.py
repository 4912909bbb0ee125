"""The parents' browse: what a parent can narrow the videos by. The rest is stemhub.browse."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from stemhub.browse import (
    BrowseFilterSet,
    BrowseTexts,
    ChoiceFacet,
    SortOption,
    ValueFacet,
    VocabularyFacet,
    translated_title,
)

from .choices import EducationLevel

FIRST_YEAR, LAST_YEAR = 2000, 2100

# What a parent asks: "which jobs can my child reach with a secondary TSO/BSO route, with a
# bachelor …": a video counts when one of its heroes took a route of that level.
ROUTE_LEVEL_LABELS = {
    EducationLevel.SECONDARY: _("With secondary school (TSO, BSO, ASO)"),
    EducationLevel.DUAL: _("With dual learning"),
    EducationLevel.HIGHER_VOCATIONAL: _("With a graduaat (HBO5)"),
    EducationLevel.BACHELOR: _("With a professional bachelor"),
    EducationLevel.MASTER: _("With a master"),
    EducationLevel.ADULT: _("With adult education"),
}


def route_level(level):
    def condition(model):
        videos = model._default_manager.filter(heroes__education_route__level=level)
        return Q(pk__in=videos.values("pk"))

    return condition


ROUTE_LEVEL_CHOICES = [
    (level.value, label, route_level(level.value)) for level, label in ROUTE_LEVEL_LABELS.items()
]

# Video lengths in seconds: short clips for a break, longer ones for a lesson.
DURATION_CHOICES = [
    ("short", _("Under 3 minutes"), Q(duration__lt=180)),
    ("medium", _("3 to 5 minutes"), Q(duration__gte=180, duration__lte=300)),
    ("long", _("Over 5 minutes"), Q(duration__gt=300)),
]


def is_year(value):
    return value.isdigit() and FIRST_YEAR <= int(value) <= LAST_YEAR


class VideoFilterSet(BrowseFilterSet):
    facet_definitions = (
        VocabularyFacet("sector", _("Sector"), "sectors"),
        VocabularyFacet("profile", _("Profile"), "heroes__profile_type"),
        VocabularyFacet(
            "company",
            _("Company"),
            "company",
            key="slug_nl",
            label_attr="title",
            terms=lambda partners: partners.live().order_by("title"),
            select=True,
            empty_label=_("All companies"),
            hide="unused",
            unknown_message=_("We do not know this company, so we show all companies."),
        ),
        ChoiceFacet("route", _("Jobs you reach …"), ROUTE_LEVEL_CHOICES, hide="empty"),
        ValueFacet(
            "year",
            _("Year"),
            "year",
            accepts=is_year,
            select=True,
            empty_label=_("All years"),
            unknown_message=_("Choose a year from the list."),
        ),
        ChoiceFacet("duration", _("Length"), DURATION_CHOICES),
    )
    sort_options = (
        SortOption("newest", _("Newest first")),
        SortOption("title", _("Title (A to Z)"), lambda: (translated_title().asc(), "pk")),
    )
    sort_unknown_message = _("We can sort by date or by title only.")
    texts = BrowseTexts(
        form_label=_("Find videos"),
        search_label=_("Search in the videos"),
        panel_label=_("Filter by sector, education route, profile, company, year or length"),
        submit_label=_("Show videos"),
        result_count=ngettext_lazy("%(counter)s video", "%(counter)s videos", "counter"),
        count_noun=ngettext_lazy("video", "videos", "counter"),
        empty_title=_("No videos match these choices"),
        empty_hint=_("Try fewer filters, another sector or a shorter search word."),
        show_all=_("Show all videos"),
    )
