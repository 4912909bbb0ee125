"""Editors choose which initiatives show the hub's measured figures, and for which videos and
lesson material (Reports → "Measured figures of initiatives", and a button on the initiative's
page in the admin)."""

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import InitiativeFigures

NAME = "impact_initiativefigures"


class InitiativeFiguresForm(forms.ModelForm):
    class Meta:
        model = InitiativeFigures
        fields = ["initiative", "show", "videos", "materials"]
        widgets = {
            "videos": forms.CheckboxSelectMultiple,
            "materials": forms.CheckboxSelectMultiple,
        }


class AddView(CreateView):
    """ "Add" from an initiative's page comes with that initiative chosen."""

    def get_initial(self):
        initial = super().get_initial()
        initiative = self.request.GET.get("initiative", "")
        if initiative.isdigit():
            initial["initiative"] = int(initiative)
        return initial


class InitiativeFiguresViewSet(ModelViewSet):
    model = InitiativeFigures
    icon = "data"
    menu_label = _("Measured figures of initiatives")
    add_to_admin_menu = False
    add_view_class = AddView
    copy_view_enabled = False
    form_fields = ["initiative", "show", "videos", "materials"]
    list_display = [
        Column("initiative", label=_("Initiative")),
        BooleanColumn("show", label=_("Shown on the page")),
    ]

    def get_form_class(self, for_update=False):
        return InitiativeFiguresForm

    @staticmethod
    def url_for(initiative_id):
        existing = (
            InitiativeFigures.objects.filter(initiative_id=initiative_id)
            .values_list("pk", flat=True)
            .first()
        )
        if existing:
            return reverse(f"{NAME}:edit", args=[existing])
        return reverse(f"{NAME}:add") + f"?initiative={initiative_id}"
