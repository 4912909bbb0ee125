"""The worker's conversion of an uploaded WebM or MOV into the MP4 the video page plays."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VideoConversion(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting for the worker")
        RUNNING = "running", _("Converting")
        DONE = "done", _("Converted to MP4")
        FAILED = "failed", _("Conversion failed")

    submission = models.OneToOneField(
        "partners.VideoSubmission",
        verbose_name=_("video submission"),
        on_delete=models.CASCADE,
        related_name="conversion",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    mp4 = models.FileField(_("converted MP4"), upload_to="partners/submissions/videos/", blank=True)
    made_poster = models.BooleanField(_("poster taken from the video"), default=False)
    error = models.TextField(_("error"), blank=True)
    updated_at = models.DateTimeField(_("last change"), auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("video conversion")
        verbose_name_plural = _("video conversions")

    def __str__(self):
        return f"{self.submission.reference}: {self.get_status_display()}"
