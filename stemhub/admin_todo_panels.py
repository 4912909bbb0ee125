"""The site-wide panels of the editors' to-do list: mail that failed, texts missing in English."""

from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from stemhub import translation_gaps
from stemhub.admin_todo import ROWS_SHOWN, TodoPanel, TodoRow, register_todo_panel
from stemhub.models import OutgoingMail


@register_todo_panel
class FailedMailPanel(TodoPanel):
    name = "todo-failed-mail"
    heading = gettext_lazy("Mail that could not be sent")
    empty_text = gettext_lazy("Every mail went out.")
    permission = "stemhub.view_outgoingmail"
    order = 30

    def get_queryset(self):
        return OutgoingMail.objects.filter(status=OutgoingMail.Status.FAILED).order_by(
            "-created_at"
        )

    def row(self, mail):
        detail = _("To %(to)s: %(error)s") % {
            "to": mail.recipients,
            "error": Truncator(mail.last_error).chars(90),
        }
        return TodoRow(
            mail.subject, detail, reverse("stemhub_outgoingmail:inspect", args=[mail.pk])
        )

    def all_url(self):
        return reverse("stemhub_outgoingmail:index") + f"?status={OutgoingMail.Status.FAILED}"


@register_todo_panel
class MissingTranslationsPanel(TodoPanel):
    name = "todo-missing-english"
    heading = gettext_lazy("Pages and terms without their English text")
    empty_text = gettext_lazy("Every text exists in both languages.")
    for_page_editors = True
    order = 40

    def count_and_rows(self):
        missing = [gaps for gaps in translation_gaps.collect() if gaps.missing["en"]]
        rows = [
            TodoRow(
                gaps.title,
                _("%(type)s; missing in English: %(fields)s")
                % {"type": gaps.type_label, "fields": Truncator(gaps.missing_en).chars(90)},
                gaps.edit_url,
            )
            for gaps in missing[:ROWS_SHOWN]
        ]
        return len(missing), rows

    def all_url(self):
        return reverse("stemhub_translation_report")
