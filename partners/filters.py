"""The partner directory's filters: sector and kind, as a plain GET form with visible errors."""

import django_filters
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Sector

from .models import PartnerPage


class PartnerFilterSet(django_filters.FilterSet):
    sector = django_filters.ModelChoiceFilter(
        label=_("Sector"),
        field_name="sectors",
        to_field_name="slug",
        queryset=Sector.objects.all(),
        empty_label=_("All sectors"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=PartnerPage.Kind.choices, empty_label=_("All kinds")
    )

    class Meta:
        model = PartnerPage
        fields = ["sector", "kind"]

    @property
    def qs(self):
        # An invalid value would silently empty or ignore the filter; we ignore it and say so
        # in the template (form errors), and the listing stays the unfiltered one.
        if self.is_bound and not self.form.is_valid():
            return self.queryset.all()
        return super().qs.distinct()

    def active_filter_count(self):
        if not self.is_bound or not self.form.is_valid():
            return 0
        return sum(1 for value in self.form.cleaned_data.values() if value)
