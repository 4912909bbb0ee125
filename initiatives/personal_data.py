"""What candidacies, initiative proposals and messages between candidates hold about people,
registered with stemhub.personal_data."""

from django.utils.translation import gettext_lazy as _

from initiatives.choices import CandidacyStatus
from initiatives.models import InitiativeProposal
from stemhub.personal_data import AFTER_DECISION, PersonalData, decided_before, register

HANDLED_CANDIDACIES = (
    CandidacyStatus.CONTACTED,
    CandidacyStatus.ACCEPTED,
    CandidacyStatus.DECLINED,
)
DECIDED_PROPOSALS = (InitiativeProposal.Status.APPROVED, InitiativeProposal.Status.REJECTED)


def candidacies_handled_before(queryset, cutoff):
    return queryset.filter(status__in=HANDLED_CANDIDACIES, created_at__lt=cutoff)


def messages_forwarded_before(queryset, cutoff):
    return queryset.filter(forwarded=True, created_at__lt=cutoff)


def register_personal_data():
    register(
        PersonalData(
            model="initiatives.InitiativeCandidacy",
            fields=("contact_person", "email", "message", "editor_notes"),
            holds=_("Name and email address of the contact person and their message"),
            purpose=_(
                "To put you in touch with the initiative; the organisation and role you allowed "
                "us to show stay on the initiative's page"
            ),
            kept_after=_("after the editors handled the candidacy, then anonymised"),
            retention_setting="STEMHUB_CANDIDACY_RETENTION_DAYS",
            handled=candidacies_handled_before,
            email_fields=("email",),
            order=20,
        ),
        PersonalData(
            model="initiatives.InitiativeProposal",
            fields=("contact_name", "email", "phone", "editor_notes"),
            holds=_("Name, email address and phone number of the person who proposes it"),
            purpose=_("To review the initiative with you and tell you the outcome"),
            kept_after=AFTER_DECISION,
            retention_setting="STEMHUB_PROPOSAL_RETENTION_DAYS",
            handled=decided_before(DECIDED_PROPOSALS),
            email_fields=("email",),
            order=30,
        ),
        PersonalData(
            model="initiatives.CandidateMessage",
            fields=("message", "editor_notes"),
            holds=_("The text of a message from one candidate partner to another"),
            purpose=_("So the editors can pass it on; the sender never sees your details"),
            kept_after=_("after the editors passed it on, then emptied"),
            retention_setting="STEMHUB_CANDIDATE_MESSAGE_RETENTION_DAYS",
            handled=messages_forwarded_before,
            email_fields=("sender__email", "recipient__email"),
            order=40,
        ),
    )
