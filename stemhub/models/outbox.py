"""The outbox: every mail the site sends, kept until the worker has delivered it.

A row is written in the same transaction as whatever caused the mail, so a mail exists exactly
when its cause was stored; the worker delivers it (stemhub.mail.delivery) and keeps the result.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingMail(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        RETRYING = "retrying", _("Failed, will try again")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    # Stable across attempts: the Message-ID, so a receiving server can spot a repeat.
    key = models.UUIDField(_("key"), default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    from_email = models.CharField(_("from"), max_length=254)
    to = models.JSONField(_("to"), default=list)
    cc = models.JSONField(_("cc"), default=list, blank=True)
    bcc = models.JSONField(_("bcc"), default=list, blank=True)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    subject = models.CharField(_("subject"), max_length=500)
    body = models.TextField(_("text"), blank=True)
    # [[content, mimetype], ...], e.g. the HTML version of Wagtail's notifications.
    alternatives = models.JSONField(_("alternative versions"), default=list, blank=True)
    headers = models.JSONField(_("extra headers"), default=dict, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("queued"), auto_now_add=True, db_index=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mail")

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)}"

    @property
    def recipients(self):
        return ", ".join(self.to + self.cc + self.bcc)

    @property
    def message_id(self):
        return f"<{self.key}@stemhub.outbox>"
