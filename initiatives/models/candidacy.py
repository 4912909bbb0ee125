"""'Kandidaat partner?': an organisation offers to lead or contribute to an initiative."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from initiatives.choices import CandidacyStatus

from .pages import PartnerRole


class InitiativeCandidacy(models.Model):
    """Stored before any mail is sent, so a failing mail server loses nothing."""

    # What the visitor fills in on the initiative's page (the form, the admin's export).
    PUBLIC_FIELDS = [
        "organisation",
        "contact_person",
        "email",
        "role",
        "message",
        "consent",
        "show_as_interested",
        "allow_contact",
    ]

    initiative = models.ForeignKey(
        "initiatives.InitiativePage",
        verbose_name=_("initiative"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="candidacies",
    )
    organisation = models.CharField(_("organisation"), max_length=200)
    contact_person = models.CharField(_("contact person"), max_length=200)
    email = models.EmailField(_("email address"), max_length=254)
    role = models.CharField(_("role wanted"), max_length=20, choices=PartnerRole.choices)
    message = models.TextField(_("message"), max_length=3000, blank=True)
    consent = models.BooleanField(_("consent to be contacted"), default=False)
    show_as_interested = models.BooleanField(
        _("show as interested"),
        default=False,
        help_text=_(
            "The candidate agreed to show the organisation and role (nothing else) on the "
            "initiative's page, once the editors have handled the candidacy."
        ),
    )
    allow_contact = models.BooleanField(
        _("other candidates may contact them through the editors"), default=False
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CandidacyStatus.choices,
        default=CandidacyStatus.NEW,
        help_text=_(
            "Where the candidacy stands; only editors see it. 'New' ones wait on the editors' "
            "home page."
        ),
    )
    editor_notes = models.TextField(
        _("notes for editors"),
        blank=True,
        help_text=_(
            "For the editors only: what was agreed, who followed up. Never shown or mailed to "
            "the candidate."
        ),
    )
    mail_sent = models.BooleanField(
        _("editors notified by mail"),
        default=False,
        help_text=_("Off when the mail server failed; the candidacy is stored anyway."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("initiative", read_only=True),
                FieldPanel("organisation", read_only=True),
                FieldPanel("contact_person", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("role", read_only=True),
                FieldPanel("message", read_only=True),
                FieldPanel("consent", read_only=True),
                FieldPanel("show_as_interested", read_only=True),
                FieldPanel("allow_contact", read_only=True),
            ],
            heading=_("Application"),
        ),
        FieldPanel("status"),
        FieldPanel("editor_notes"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("partner candidacy")
        verbose_name_plural = _("partner candidacies")

    def __str__(self):
        return f"{self.organisation} → {self.initiative or '—'}"
