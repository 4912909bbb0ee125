"""A message from one candidate partner to another who allowed it, passed on by the editors.

Nothing goes straight from one organisation to the other: the message is stored, the editors
get it (through the outbox) with both sides' details, and they forward it. The sender never
sees the recipient's contact details.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CandidateMessage(models.Model):
    sender = models.ForeignKey(
        "initiatives.InitiativeCandidacy",
        verbose_name=_("from (candidacy)"),
        on_delete=models.CASCADE,
        related_name="messages_sent",
    )
    recipient = models.ForeignKey(
        "initiatives.InitiativeCandidacy",
        verbose_name=_("to (candidacy)"),
        on_delete=models.CASCADE,
        related_name="messages_received",
    )
    message = models.TextField(_("message"), max_length=3000)
    consents_to_pass_on = models.BooleanField(
        _("sender agreed that their contact details are passed on"), default=False
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    forwarded = models.BooleanField(
        _("forwarded"), default=False, help_text=_("Tick once you have passed the message on.")
    )
    editor_notes = models.TextField(_("notes for editors"), blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("message between candidates")
        verbose_name_plural = _("messages between candidates")

    def __str__(self):
        return f"{self.sender.organisation} → {self.recipient.organisation}"
