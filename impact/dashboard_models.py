"""What the dashboard keeps besides the counts: who may read it, the partners' monthly mail and
the initiatives that show the hub's measured figures. Everything here is set by editors."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Dashboard(models.Model):
    """No table: the holder of the permission to read the impact dashboard (like Wagtail's
    own `wagtailadmin.Admin` holds "access admin")."""

    class Meta:
        managed = False
        verbose_name = _("impact dashboard")
        verbose_name_plural = _("impact dashboards")
        default_permissions = ()
        permissions = [("view_dashboard", _("Can read the impact dashboard"))]

    def __str__(self):
        return str(self._meta.verbose_name)


class PartnerReport(models.Model):
    """A partner's choice for the monthly mail with its videos' figures (off by default)."""

    partner = models.OneToOneField(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="impact_report",
    )
    monthly_mail = models.BooleanField(
        _("send the monthly figures by mail"),
        default=False,
        help_text=_(
            "Early each month the worker mails last month's figures of this partner's videos."
        ),
    )
    contact_email = models.EmailField(_("contact's email address"), blank=True)
    language = models.CharField(
        _("language of the mail"), max_length=5, choices=settings.LANGUAGES, default="nl"
    )

    class Meta:
        verbose_name = _("partner's monthly figures")
        verbose_name_plural = _("partners' monthly figures")

    def __str__(self):
        return str(self.partner)


class PartnerMonthlyMail(models.Model):
    """One monthly mail that went to the outbox: it is never composed twice for one month."""

    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="impact_monthly_mails",
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month reported on."))
    email = models.EmailField(_("sent to"))
    sent_at = models.DateTimeField(_("put in the outbox"), auto_now_add=True)

    class Meta:
        verbose_name = _("partner's monthly mail")
        verbose_name_plural = _("partners' monthly mails")
        ordering = ["-month", "partner"]
        constraints = [
            models.UniqueConstraint(fields=["partner", "month"], name="impact_one_mail_a_month")
        ]

    def __str__(self):
        return f"{self.partner} {self.month:%Y-%m}"


class InitiativeFigures(models.Model):
    """An initiative that shows, beside the figures its organisation states, what the hub
    measured for the videos and lesson material linked to it (opt-in by the editors)."""

    initiative = models.OneToOneField(
        "initiatives.InitiativePage",
        verbose_name=_("initiative"),
        on_delete=models.CASCADE,
        related_name="measured_figures",
        help_text=_("The initiative whose page shows the figures below its own reach."),
    )
    show = models.BooleanField(
        _("show the measured figures on the initiative's page"),
        default=False,
        help_text=_("Shown next to the reach and impact the organisation states."),
    )
    videos = models.ManyToManyField(
        "videos.VideoPage",
        verbose_name=_("linked videos"),
        blank=True,
        related_name="+",
        help_text=_("Their views, plays and signposts followed are added up on the page."),
    )
    materials = models.ManyToManyField(
        "classroom.ClassroomMaterialPage",
        verbose_name=_("linked lesson material"),
        blank=True,
        related_name="+",
        help_text=_('Its downloads and "used in class" clicks are added up on the page.'),
    )

    panels = [
        FieldPanel("initiative"),
        FieldPanel("show"),
        FieldPanel("videos"),
        FieldPanel("materials"),
    ]

    class Meta:
        verbose_name = _("initiative's measured figures")
        verbose_name_plural = _("initiatives' measured figures")

    def __str__(self):
        return str(self.initiative)
