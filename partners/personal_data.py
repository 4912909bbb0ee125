"""What a partner's video submission holds about people, registered with stemhub.personal_data:
the contact person's name, address and phone, and the heroes' first names as typed."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from partners.models import VideoSubmission
from stemhub import personal_data

DECIDED = (
    VideoSubmission.Status.APPROVED,
    VideoSubmission.Status.REJECTED,
    VideoSubmission.Status.WITHDRAWN,
)


def decided_before(queryset, cutoff):
    """Submissions the editors decided on before `cutoff` (a withdrawal may have no date)."""
    return queryset.filter(status__in=DECIDED).filter(
        Q(decided_at__lt=cutoff) | Q(decided_at__isnull=True, updated_at__lt=cutoff)
    )


def heroes_decided_before(queryset, cutoff):
    return queryset.filter(submission__in=decided_before(VideoSubmission.objects.all(), cutoff))


def register():
    personal_data.register(
        personal_data.PersonalData(
            model="partners.VideoSubmission",
            fields=("contact_name", "email", "phone", "editor_notes", "mail_problem"),
            holds=_("Name, email address and phone number of the person who sends a video"),
            purpose=_("To review the video with you and tell you the outcome"),
            kept_after=_("after the editors' decision, then anonymised"),
            retention_setting="STEMHUB_SUBMISSION_RETENTION_DAYS",
            handled=decided_before,
            email_fields=("email",),
            order=10,
        )
    )
    personal_data.register(
        personal_data.PersonalData(
            model="partners.SubmissionHero",
            fields=("name",),
            holds=_("First names of the two heroes, as the sender typed them"),
            purpose=_("To make the draft video page; the published page has its own text"),
            kept_after=_("after the editors' decision, then anonymised"),
            retention_setting="STEMHUB_SUBMISSION_RETENTION_DAYS",
            handled=heroes_decided_before,
            email_fields=("submission__email",),
            order=11,
        )
    )
