"""What a visitor sends through 'Stel je initiatief voor': the durable record editors review.

Written before anything else happens (the draft page, the review, the receipt), in one
transaction, so an accepted proposal is never lost and a refused one leaves nothing behind.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from initiatives.choices import InitiativeStatus
from partners.models.submissions import PublicFormRecord
from partners.models.submissions import new_reference as submission_reference


def new_reference():
    """INI-XXXX-XXXX: read aloud and typed from paper like a video submission's reference."""
    return submission_reference("INI")


class InitiativeProposal(PublicFormRecord):
    class Status(models.TextChoices):
        IN_REVIEW = "in_review", _("Waiting for review")
        APPROVED = "approved", _("Approved and published")
        REJECTED = "rejected", _("Not accepted")

    reference = models.CharField(
        _("reference"), max_length=20, unique=True, default=new_reference, editable=False
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_REVIEW
    )

    organisation_name = models.CharField(_("organisation"), max_length=200)

    title = models.CharField(_("title"), max_length=120)
    summary = models.CharField(_("short summary"), max_length=400)
    description = models.TextField(_("description and objectives"), max_length=5000)
    target_groups = models.ManyToManyField(
        "initiatives.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="+"
    )
    education_levels = models.ManyToManyField(
        "initiatives.EducationLevel",
        verbose_name=_("education levels"),
        blank=True,
        related_name="+",
    )
    regions = models.ManyToManyField(
        "initiatives.Region", verbose_name=_("regions"), blank=True, related_name="+"
    )
    sectors = models.ManyToManyField(
        "taxonomy.Sector", verbose_name=_("sectors and themes"), blank=True, related_name="+"
    )
    initiative_status = models.CharField(
        _("status of the initiative"),
        max_length=20,
        choices=InitiativeStatus.choices,
        default=InitiativeStatus.RUNNING,
    )
    year_started = models.PositiveSmallIntegerField(
        _("year started"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    website = models.URLField(_("website"), max_length=300, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    confirms_right_to_publish = models.BooleanField(
        _("may publish the text and logo"), default=False
    )
    confirms_privacy_notice = models.BooleanField(_("read the privacy notice"), default=False)

    page = models.ForeignKey(
        "initiatives.InitiativePage",
        verbose_name=_("initiative page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # What the visitor typed, in the form's order (the record, the admin's inspect view).
    TYPED_FIELDS = (
        "organisation_name",
        "contact_name",
        "email",
        "phone",
        "title",
        "summary",
        "description",
        "initiative_status",
        "year_started",
        "website",
        "confirms_right_to_publish",
        "confirms_privacy_notice",
    )
    VOCABULARY_FIELDS = ("target_groups", "education_levels", "regions", "sectors")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("initiative proposal")
        verbose_name_plural = _("initiative proposals")

    def __str__(self):
        return f"{self.reference} · {self.title}"
