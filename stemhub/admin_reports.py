"""Reports → "Translations": every page and snippet with a text missing in English or Dutch.

A Wagtail report view: filter by type, export to CSV or Excel. The rows come from
`stemhub.translation_gaps` (not a queryset), so the filter works on that list.
"""

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from stemhub import translation_gaps
from stemhub.admin_report_registration import register_report


class Rows(list):
    """The report's rows; django-filter and the export read `.model` of what they filter."""

    model = None


class TranslationFilterSet(WagtailFilterSet):
    type = django_filters.ChoiceFilter(
        label=_("Type"), choices=translation_gaps.type_choices, method="filter_type"
    )
    language = django_filters.ChoiceFilter(
        label=_("Missing in"),
        choices=[("en", _("English")), ("nl", _("Dutch"))],
        method="filter_language",
    )

    def filter_queryset(self, rows):
        """django-filter wants querysets back; these rows are a list, filtered here."""
        for name, value in self.form.cleaned_data.items():
            if value:
                rows = getattr(self, f"filter_{name}")(rows, name, value)
        return rows

    def filter_type(self, rows, name, value):
        return Rows(gaps for gaps in rows if gaps.type_key == value)

    def filter_language(self, rows, name, value):
        return Rows(gaps for gaps in rows if gaps.missing[value])


class TranslationReportView(ReportView):
    page_title = _("Translations")
    header_icon = "globe"
    index_url_name = "stemhub_translation_report"
    index_results_url_name = "stemhub_translation_report_results"
    filterset_class = TranslationFilterSet
    context_object_name = "rows"
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Page or term"), url_name=None, get_url=lambda g: g.edit_url),
        Column("type_label", label=_("Type")),
        Column("missing_en", label=_("Missing in English")),
        Column("missing_nl", label=_("Missing in Dutch")),
    ]
    list_export = ["title", "type_label", "missing_en", "missing_nl", "edit_url"]
    export_headings = {
        "title": _("Page or term"),
        "type_label": _("Type"),
        "missing_en": _("Missing in English"),
        "missing_nl": _("Missing in Dutch"),
        "edit_url": _("Edit address"),
    }
    export_filename = "translations"

    @cached_property
    def permission_policy(self):
        return PagePermissionPolicy()

    any_permission_required = ["change"]

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": Rows()}

    def get_queryset(self):
        return self.filter_queryset(Rows(translation_gaps.collect()))

    def get_filtered_queryset(self):
        return self.get_queryset()


register_report(
    TranslationReportView,
    "reports/translations/",
    "stemhub_translation_report",
    _("Translations"),
    name="translations",
    icon_name="globe",
    order=900,
)
