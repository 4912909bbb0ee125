"""The initiative browse: facets OR within one facet and AND between facets, slugs in the address.

The rest (validation, counts that follow the other filters, sorting, links) is stemhub.browse.
"""

from django.db.models import CharField, F, Max, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from stemhub.browse import (
    BrowseFilterSet,
    ChoiceFacet,
    SortOption,
    ValueFacet,
    VocabularyFacet,
    translated_title,
)
from stemhub.browse.texts import CountTexts, EmptyTexts, FormTexts

from .choices import InitiativeStatus


def by_title():
    return (translated_title(), "pk")


def country_name():
    """The country as the visitor reads it: its name in the page's language, else the Dutch one.

    The Dutch name is the facet's value, so a filtered link means the same in both languages.
    """
    language = (get_language() or "nl").split("-")[0]
    if language == "nl":
        return Max("country_nl")
    return Coalesce(
        NullIf(Max(f"country_{language}"), Value("")),
        Max("country_nl"),
        output_field=CharField(),
    )


def plain_value(value):
    return 0 < len(value) <= 100 and value.isprintable()


class InitiativeFilterSet(BrowseFilterSet):
    count_texts = CountTexts(
        results=ngettext_lazy(
            "%(counter)s initiative found", "%(counter)s initiatives found", "counter"
        ),
        noun=ngettext_lazy("initiative", "initiatives", "counter"),
    )
    facet_definitions = (
        VocabularyFacet("type", _("Type"), "record_type", hide="empty"),
        VocabularyFacet("region", _("Region"), "regions", hide="empty"),
        ValueFacet(
            "country",
            _("Country"),
            "country_nl",
            accepts=plain_value,
            option_label=country_name,
            newest_first=False,
            known=True,
            hide="empty",
        ),
        VocabularyFacet("language", _("Language"), "languages", hide="empty"),
        VocabularyFacet("target_group", _("Target group"), "target_groups", hide="empty"),
        VocabularyFacet("education_level", _("Education level"), "education_levels", hide="empty"),
        VocabularyFacet("sector", _("Sector or theme"), "sectors", hide="empty"),
        ChoiceFacet(
            "status",
            _("Status"),
            [(value, label, Q(status=value)) for value, label in InitiativeStatus.choices],
            hide="empty",
        ),
        VocabularyFacet(
            "organisation",
            _("Organisation"),
            "organisation",
            key="slug_nl",
            label_attr="title",
            terms=lambda partners: partners.order_by("title"),
            select=True,
            empty_label=_("All organisations"),
            hide="empty",
        ),
    )
    form_texts = FormTexts(
        label=_("Filter initiatives"),
        search=_("Search initiatives"),
        panel=_("Filters"),
        submit=_("Show results"),
    )
    # Every language: a visitor may know an initiative by its name in the other one.
    search_all_languages = True
    sort_options = (
        SortOption("title", _("Name (A–Z)"), by_title),
        SortOption(
            "newest",
            _("Most recently started"),
            lambda: (F("year_started").desc(nulls_last=True), *by_title()),
        ),
        SortOption(
            "updated",
            _("Most recently updated"),
            lambda: (F("last_published_at").desc(nulls_last=True), *by_title()),
        ),
    )
    empty_texts = EmptyTexts(
        title=_("No initiatives match these choices"),
        hint=_("Try fewer filters or another search word."),
        show_all=_("Show all initiatives"),
    )
