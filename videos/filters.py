"""The parents' browse: what a parent can narrow the videos by. The rest is stemhub.browse."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from stemhub.browse import (
    NEWEST_FIRST,
    TITLE_A_TO_Z,
    BrowseFilterSet,
    ChoiceFacet,
    ValueFacet,
    VocabularyFacet,
)
from stemhub.browse.texts import CountTexts, EmptyTexts, FormTexts

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
    count_texts = CountTexts(
        results=ngettext_lazy("%(counter)s video", "%(counter)s videos", "counter"),
        noun=ngettext_lazy("video", "videos", "counter"),
    )
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
    form_texts = FormTexts(
        label=_("Find videos"),
        search=_("Search in the videos"),
        panel=_("Filter by sector, education route, profile, company, year or length"),
        submit=_("Show videos"),
    )
    sort_options = (
        NEWEST_FIRST,
        TITLE_A_TO_Z,
    )
    sort_unknown_message = _("We can sort by date or by title only.")
    empty_texts = EmptyTexts(
        title=_("No videos match these choices"),
        hint=_("Try fewer filters, another sector or a shorter search word."),
        show_all=_("Show all videos"),
    )
