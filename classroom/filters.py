"""The teachers' browse: what a teacher can narrow classroom material by. The rest is
stemhub.browse (validation, counts that follow the other filters, sorting, links)."""

from django.db.models import Q
from django.utils.functional import lazy
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from stemhub.browse import (
    NEWEST_FIRST,
    TITLE_A_TO_Z,
    BrowseFilterSet,
    ChoiceFacet,
    SortOption,
    VocabularyFacet,
    related_exists,
)
from stemhub.browse.texts import CountTexts, EmptyTexts, FormTexts

from .ages import AGES

DURATION_CHOICES = [
    ("short", _("15 minutes or less"), Q(duration__lte=15)),
    ("medium", _("15 to 50 minutes"), Q(duration__gt=15, duration__lte=50)),
    ("long", _("More than 50 minutes"), Q(duration__gt=50)),
]


def years_old(age):
    return gettext("%(age)s years") % {"age": age}


def age_choices():
    label = lazy(years_old, str)
    return [(str(age), label(age), Q(min_age__lte=age, max_age__gte=age)) for age in AGES]


class ClassroomMaterialFilterSet(BrowseFilterSet):
    count_texts = CountTexts(
        results=ngettext_lazy("%(counter)s lesson", "%(counter)s lessons", "counter"),
        noun=ngettext_lazy("lesson", "lessons", "counter"),
    )
    facet_definitions = (
        ChoiceFacet(
            "age", _("Age of your pupils"), age_choices(), select=True, empty_label=_("Any age")
        ),
        VocabularyFacet("level", _("School level"), "school_levels", hide="unused"),
        VocabularyFacet("domain", _("STEM domain"), "stem_domains", hide="unused"),
        VocabularyFacet(
            "target",
            _("Attainment target"),
            "attainment_targets",
            key="code",
            code_attr="code",
            label_attr="short_label",
            detail_attr="description",
            hide="unused",
        ),
        ChoiceFacet("duration", _("Duration"), DURATION_CHOICES),
        VocabularyFacet("sector", _("Sector of the video"), "video__sectors", hide="unused"),
        ChoiceFacet(
            "worksheet",
            _("Worksheet"),
            [("1", _("With a worksheet to download"), related_exists("worksheets"))],
        ),
    )
    form_texts = FormTexts(
        label=_("Find classroom material"),
        search=_("Search in the lessons"),
        panel=_("Filter the lessons"),
        submit=_("Show lessons"),
    )
    sort_options = (
        NEWEST_FIRST,
        TITLE_A_TO_Z,
        SortOption(
            "duration", _("Shortest first"), lambda: ("duration", "-first_published_at", "-pk")
        ),
    )
    sort_unknown_message = _("We can sort by date, title or duration only.")
    empty_texts = EmptyTexts(
        title=_("No lessons match these choices"),
        hint=_("Try fewer filters, another age or a shorter search word."),
        show_all=_("Show all lessons"),
    )
