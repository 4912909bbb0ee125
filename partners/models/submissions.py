"""What a partner sends through the public video form: the durable record editors review.

The record is written before anything else happens, so a failing mail server or a later error
in the review never loses what the partner typed.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from stemhub.models.fields import optional_image

# No 0/O or 1/I/L: the reference is read aloud on the phone and typed from paper.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference(prefix="VID"):
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{prefix}-{code[:4]}-{code[4:]}"


def new_status_token():
    return secrets.token_urlsafe(32)


class PublicFormRecord(models.Model):
    """What every record of a public form keeps besides its content: who sent it, in which
    language, the token of its status page, and the review's outcome and timing."""

    status_token = models.CharField(
        _("status token"), max_length=64, unique=True, default=new_status_token, editable=False
    )
    rejection_reason = models.TextField(_("reason for not accepting"), blank=True)
    language = models.CharField(
        _("language of the submitter"), max_length=5, choices=settings.LANGUAGES, default="nl"
    )
    contact_name = models.CharField(_("contact person"), max_length=120)
    email = models.EmailField(_("email address"))
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last change"), auto_now=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    editor_notes = models.TextField(
        _("notes for editors"),
        blank=True,
        help_text=_(
            "For the editors only: what was agreed, who followed up. Never shown or mailed to "
            "the sender."
        ),
    )

    class Meta:
        abstract = True
        ordering = ["-created_at"]


class VideoSubmission(ClusterableModel, PublicFormRecord):
    """The partner's video as sent, with its two heroes as rows (`heroes`, SubmissionHero)."""

    class Status(models.TextChoices):
        IN_REVIEW = "in_review", _("Waiting for review")
        APPROVED = "approved", _("Approved and published")
        REJECTED = "rejected", _("Not accepted")
        WITHDRAWN = "withdrawn", _("Withdrawn by the editors")

    reference = models.CharField(
        _("reference"), max_length=20, unique=True, default=new_reference, editable=False
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_REVIEW
    )

    # Who sends it.
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("existing partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="video_submissions",
    )
    organisation_name = models.CharField(_("new organisation"), max_length=200, blank=True)

    # The video itself: an address on YouTube/Vimeo or an uploaded file.
    video_url = models.URLField(_("YouTube or Vimeo address"), max_length=300, blank=True)
    video_file = models.FileField(
        _("uploaded video"), upload_to="partners/submissions/videos/", blank=True
    )
    video_key = models.CharField(
        _("video fingerprint"),
        max_length=80,
        editable=False,
        help_text=_("youtube:<id>, vimeo:<id> or sha256:<hash of the file>; finds duplicates."),
    )

    # What it is about.
    title_nl = models.CharField(_("title (Dutch)"), max_length=120)
    title_en = models.CharField(_("title (English)"), max_length=120, blank=True)
    summary_nl = models.TextField(_("summary (Dutch)"), max_length=500)
    summary_en = models.TextField(_("summary (English)"), max_length=500, blank=True)
    sectors = models.ManyToManyField(
        "taxonomy.Sector", verbose_name=_("sectors"), blank=True, related_name="+"
    )
    signposts = models.ManyToManyField(
        "videos.Signpost", verbose_name=_("suggested signposts"), blank=True, related_name="+"
    )
    poster = optional_image(_("poster image"))

    # The four confirmations, each recorded (the form refuses anything less than all four).
    confirms_right_to_publish = models.BooleanField(_("has the right to publish"), default=False)
    confirms_consent = models.BooleanField(_("everyone who appears consented"), default=False)
    confirms_parental_consent = models.BooleanField(
        _("parents consented for every minor"), default=False
    )
    confirms_privacy_notice = models.BooleanField(_("read the privacy notice"), default=False)

    # What came of it.
    page = models.ForeignKey(
        "videos.VideoPage",
        verbose_name=_("video page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    mail_problem = models.TextField(
        _("mail problem"),
        blank=True,
        help_text=_("Filled when a mail about this submission could not be sent."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("video submission")
        verbose_name_plural = _("video submissions")
        constraints = [
            # One open or accepted submission per video; a refused one may be sent again.
            models.UniqueConstraint(
                fields=["video_key"],
                condition=~models.Q(status__in=["rejected", "withdrawn"]),
                name="partners_one_active_submission_per_video",
            )
        ]

    def __str__(self):
        return f"{self.reference} · {self.title_nl}"

    @property
    def organisation(self):
        return self.partner.title if self.partner_id else self.organisation_name


class SubmissionHero(models.Model):
    """One of the two heroes a partner named in a submission, as typed (first, second).

    Ordered like an Orderable, but without its `sort_order_field`: the admin's inline then
    offers no reordering of what the partner sent.
    """

    submission = ParentalKey(VideoSubmission, on_delete=models.CASCADE, related_name="heroes")
    sort_order = models.IntegerField(null=True, blank=True, editable=False)
    name = models.CharField(_("first name"), max_length=80, blank=True)
    role = models.CharField(_("job or role"), max_length=120)
    profile_type = models.ForeignKey(
        "videos.ProfileType",
        verbose_name=_("profile type"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    education_route = models.ForeignKey(
        "videos.EducationRoute",
        verbose_name=_("education route"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("hero of a submission")
        verbose_name_plural = _("heroes of a submission")

    def __str__(self):
        parts = [self.name, self.role, self.profile_type, self.education_route]
        return " · ".join(str(part) for part in parts if part)
