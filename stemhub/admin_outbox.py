"""Outgoing mail in the Wagtail admin: what waits, what was sent, what failed and why.

Editors see every mail the worker has not (yet) delivered with its last error, and send a
failed one again with one click. Mails are only ever created by the site, never by hand.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from stemhub.admin_columns import status_column
from stemhub.admin_menus import SUBMISSIONS_MENU_HOOK
from stemhub.admin_permissions import SiteRecordPermissionPolicy
from stemhub.admin_views import send_again_view
from stemhub.models import OutgoingMail

# View and send again; adding, editing or deleting a mail by hand makes no sense.
register_permission_policy(
    OutgoingMail, SiteRecordPermissionPolicy(OutgoingMail, refused={"delete"})
)


class SendAgainColumn(Column):
    cell_template_name = "stemhub/admin/send_again_cell.html"

    def get_value(self, instance):
        if instance.status not in (OutgoingMail.Status.FAILED, OutgoingMail.Status.RETRYING):
            return ""
        return reverse("stemhub_outgoingmail_send_again", args=[instance.pk])


class OutgoingMailViewSet(ModelViewSet):
    model = OutgoingMail
    icon = "mail"
    menu_label = _("Outgoing mail")
    menu_order = 130
    menu_hook = SUBMISSIONS_MENU_HOOK
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "subject",
        Column("recipients", label=_("To")),
        status_column(lambda mail: mail.status != OutgoingMail.Status.SENT),
        Column("attempts", label=_("Attempts")),
        Column("last_error", label=_("Last error")),
        DateColumn("created_at", label=_("Queued")),
        SendAgainColumn("send_again", label=_("Send again")),
    ]
    list_filter = ["status", "created_at"]
    search_fields = ["subject", "to", "last_error"]
    search_backend_name = None
    form_fields = []
    inspect_view_fields = [
        "status",
        "subject",
        "from_email",
        "to",
        "cc",
        "bcc",
        "created_at",
        "attempts",
        "last_attempt_at",
        "next_attempt_at",
        "sent_at",
        "last_error",
        "body",
    ]


@hooks.register("register_admin_viewset")
def register_outgoing_mail_viewset():
    return OutgoingMailViewSet("stemhub_outgoingmail")


@hooks.register("register_admin_urls")
def register_send_again_url():
    return [
        path(
            "outgoing-mail/<int:pk>/send-again/",
            send_again_view,
            name="stemhub_outgoingmail_send_again",
        )
    ]
