"""Reports → "Heroes' balance": how many heroes of live videos identify as woman, man, … per
profile type. A Wagtail report view, with the header and spreadsheet export of every report.

The gender field exists only for this table; it is never shown on the public site.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import ProfileType, VideoHero


@dataclass
class BalanceRow:
    name: str
    cells: dict = field(default_factory=dict)  # gender value -> number of heroes
    is_total: bool = False

    @property
    def total(self):
        return sum(self.cells.values())

    def __getattr__(self, name):
        if name.startswith("gender_"):
            return self.cells.get(name.removeprefix("gender_"), 0)
        raise AttributeError(name)


def balance_rows():
    """One row per profile type with heroes (and "No profile"), then the totals row."""
    counts = Counter(
        {
            (row["profile_type"], row["gender"]): row["n"]
            for row in VideoHero.objects.filter(page__live=True)
            .order_by()  # the default ordering would split the groups
            .values("profile_type", "gender")
            .annotate(n=Count("pk"))
        }
    )
    genders = [value for value, _label in VideoHero.Gender.choices]
    profiles = [(p.pk, p.name) for p in ProfileType.objects.all()] + [(None, _("No profile"))]
    rows = []
    for profile_id, name in profiles:
        row = BalanceRow(name, {gender: counts[(profile_id, gender)] for gender in genders})
        if row.total:
            rows.append(row)
    totals = {
        gender: sum(n for (_profile, value), n in counts.items() if value == gender)
        for gender in genders
    }
    rows.append(BalanceRow(_("Total"), totals, is_total=True))
    return rows


class Rows(list):
    """The export reads `.model` of what it lists; these rows are no queryset."""

    model = VideoHero


class HeroBalanceReportView(ReportView):
    page_title = gettext_lazy("Heroes' balance")
    header_icon = "group"
    index_url_name = "videos_hero_balance"
    index_results_url_name = "videos_hero_balance_results"
    results_template_name = "videos/admin/hero_balance_results.html"
    paginate_by = None
    export_filename = "heroes-balance"
    any_permission_required = ["change"]

    @cached_property
    def permission_policy(self):
        return PagePermissionPolicy()

    @cached_property
    def columns(self):
        return [
            Column("name", label=gettext_lazy("Profile type")),
            *[Column(f"gender_{value}", label=label) for value, label in VideoHero.Gender.choices],
            Column("total", label=gettext_lazy("Total")),
        ]

    @property
    def list_export(self):
        return [column.name for column in self.columns]

    @property
    def export_headings(self):
        return {column.name: column.label for column in self.columns}

    def get_queryset(self):
        return Rows(balance_rows())

    def get_filtered_queryset(self):
        return self.get_queryset()
