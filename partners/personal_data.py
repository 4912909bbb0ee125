"""What a partner's video submission holds about people, registered with stemhub.personal_data:
the contact person's name, address and phone, and the heroes' first names as typed."""

from django.utils.translation import gettext_lazy as _

from partners.models import VideoSubmission
from stemhub.personal_data import AFTER_DECISION, PersonalData, decided_before, register

Status = VideoSubmission.Status
DECIDED = (Status.APPROVED, Status.REJECTED, Status.WITHDRAWN)


def register_personal_data():
    register(
        PersonalData(
            model="partners.VideoSubmission",
            fields=("contact_name", "email", "phone", "editor_notes", "mail_problem"),
            holds=_("Name, email address and phone number of the person who sends a video"),
            purpose=_("To review the video with you and tell you the outcome"),
            kept_after=AFTER_DECISION,
            retention_setting="STEMHUB_SUBMISSION_RETENTION_DAYS",
            handled=decided_before(DECIDED),
            email_fields=("email",),
            order=10,
        ),
        PersonalData(
            model="partners.SubmissionHero",
            fields=("name",),
            holds=_("First names of the two heroes, as the sender typed them"),
            purpose=_("To make the draft video page; the published page has its own text"),
            kept_after=AFTER_DECISION,
            retention_setting="STEMHUB_SUBMISSION_RETENTION_DAYS",
            handled=decided_before(DECIDED, via="submission__"),
            email_fields=("submission__email",),
            order=11,
        ),
    )
