"""The admin home's panel of partner candidacies nobody has handled yet (oldest first)."""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from stemhub.admin_todo import TodoPanel, TodoRow, register_todo_panel

from .models import InitiativeCandidacy
from .models.candidacy import CandidacyStatus


@register_todo_panel
class CandidaciesPanel(TodoPanel):
    name = "todo-candidacies"
    heading = gettext_lazy("New partner candidacies")
    empty_text = gettext_lazy("Every candidacy has been handled.")
    permission = "initiatives.change_initiativecandidacy"
    order = 20

    def get_queryset(self):
        return (
            InitiativeCandidacy.objects.filter(status=CandidacyStatus.NEW)
            .select_related("initiative")
            .order_by("created_at")
        )

    def row(self, candidacy):
        detail = _("for “%(initiative)s”, sent %(age)s ago") % {
            "initiative": candidacy.initiative.title,
            "age": timesince(candidacy.created_at),
        }
        viewset = InitiativeCandidacy.snippet_viewset
        url = reverse(viewset.get_url_name("edit"), args=[quote(candidacy.pk)])
        return TodoRow(candidacy.organisation, detail, url)

    def all_url(self):
        viewset = InitiativeCandidacy.snippet_viewset
        return reverse(viewset.get_url_name("list")) + f"?status={CandidacyStatus.NEW}"
