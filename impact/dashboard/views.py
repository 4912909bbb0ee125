"""The dashboard's admin screens: the whole site, one partner, and the CSV of any table.

Only users with `impact.view_dashboard` (the STEM-platform editors, stemhub.roles) read them;
Wagtail's admin sends anonymous visitors to the sign-in page, others get "permission denied".
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from partners.models import PartnerPage

from ..figures import Figures
from ..models import PartnerReport
from ..periods import period_form
from .charts import chart_for
from .csv_export import csv_response
from .paging import table_page

PERMISSION = "impact.view_dashboard"
CHANGE_REPORT_PERMISSION = "impact.change_partnerreport"


def require_dashboard(user):
    if not user.has_perm(PERMISSION):
        raise PermissionDenied


def _sections(figures, csv_url, query, request):
    return [
        {
            "table": table,
            "page": table_page(table, request.GET),
            "chart": chart_for(table),
            "csv_url": f"{csv_url(table.slug)}?{query}",
        }
        for table in figures.tables()
    ]


def dashboard(request):
    require_dashboard(request.user)
    form = period_form(request.GET)
    period = form.selected()
    figures = Figures(period)
    context = {
        "page_title": _("Impact dashboard"),
        "header_icon": "data",
        "form": form,
        "period": period,
        "summary": figures.summary(),
        "sections": _sections(
            figures,
            lambda slug: reverse("impact_dashboard_csv", args=[slug]),
            period.query,
            request,
        ),
        "action_url": reverse("impact_dashboard"),
    }
    return TemplateResponse(request, "impact/admin/dashboard.html", context)


def dashboard_csv(request, slug):
    require_dashboard(request.user)
    period = period_form(request.GET).selected()
    table = Figures(period).table(slug)
    if table is None:
        raise Http404
    return csv_response(table, f"stemhub-{slug}-{period.key}.csv")


class PartnerReportForm(forms.ModelForm):
    class Meta:
        model = PartnerReport
        fields = ["monthly_mail", "contact_email", "language"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("monthly_mail") and not cleaned.get("contact_email"):
            self.add_error(
                "contact_email", _("Type the contact's email address to send the monthly mail.")
            )
        return cleaned


def partner_figures(request, page_id):
    require_dashboard(request.user)
    partner = get_object_or_404(PartnerPage, pk=page_id)
    report = PartnerReport.objects.filter(partner=partner).first() or PartnerReport(partner=partner)
    may_change = request.user.has_perm(CHANGE_REPORT_PERMISSION)
    form = PartnerReportForm(instance=report)
    if request.method == "POST":
        if not may_change:
            raise PermissionDenied
        form = PartnerReportForm(request.POST, instance=report)
        if form.is_valid():
            form.save()
            saved = _("The monthly mail settings of %(partner)s were saved.")
            messages.success(request, saved % {"partner": partner.title})
            return redirect(request.get_full_path())
    period_choice = period_form(request.GET)
    period = period_choice.selected()
    figures = Figures.for_partner(period, partner)
    context = {
        "page_title": _("Figures of %(partner)s") % {"partner": partner.title},
        "header_icon": "data",
        "partner": partner,
        "form": period_choice,
        "report_form": form if may_change else None,
        "period": period,
        "summary": figures.summary(),
        "sections": _sections(
            figures,
            lambda slug: reverse("impact_partner_csv", args=[partner.pk, slug]),
            period.query,
            request,
        ),
        "action_url": reverse("impact_partner", args=[partner.pk]),
        "edit_url": reverse("wagtailadmin_pages:edit", args=[partner.pk]),
    }
    return TemplateResponse(request, "impact/admin/partner.html", context)


def partner_csv(request, page_id, slug):
    require_dashboard(request.user)
    partner = get_object_or_404(PartnerPage, pk=page_id)
    period = period_form(request.GET).selected()
    table = Figures.for_partner(period, partner).table(slug)
    if table is None:
        raise Http404
    return csv_response(table, f"stemhub-{partner.slug}-{slug}-{period.key}.csv")


MENU_LABEL = gettext_lazy("Impact dashboard")
