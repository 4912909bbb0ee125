"""The outbox holds addresses and texts of mails: registered with stemhub.personal_data."""

from django.utils.translation import gettext_lazy as _

from stemhub import personal_data
from stemhub.models import OutgoingMail


def sent_before(queryset, cutoff):
    return queryset.filter(status=OutgoingMail.Status.SENT, sent_at__lt=cutoff)


def register():
    personal_data.register(
        personal_data.PersonalData(
            model="stemhub.OutgoingMail",
            fields=("to", "cc", "bcc", "reply_to", "subject", "body", "alternatives", "headers"),
            holds=_("Addresses, names and the text of the mails the site sends you"),
            purpose=_("To deliver receipts and answers, and to try again if delivery fails"),
            kept_after=_("after the mail was delivered, then deleted"),
            retention_setting="STEMHUB_SENT_MAIL_RETENTION_DAYS",
            handled=sent_before,
            text_fields=("to", "cc", "bcc", "reply_to", "subject", "body", "alternatives"),
            on_expiry=personal_data.DELETE,
            on_erase=personal_data.DELETE,
            order=90,
        )
    )
