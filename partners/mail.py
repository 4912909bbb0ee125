"""Mails about a submission. A failure is logged and written on the record; nothing is lost."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .models import PartnerIndexPage, VideoSubmission
from .models.directory import SUBMIT_ROUTES

logger = logging.getLogger(__name__)

RECEIVED_SUBJECT = _("Your #STEMhelden video was received (%(reference)s)")
EDITORS_SUBJECT = _("New partner video to review: %(title)s (%(reference)s)")
APPROVED_SUBJECT = _("Your #STEMhelden video is online (%(reference)s)")
REJECTED_SUBJECT = _("About your #STEMhelden video (%(reference)s)")


def status_url(submission, request=None):
    index = PartnerIndexPage.objects.live().first()
    if index is None:
        return ""
    language = submission.language if submission.language in SUBMIT_ROUTES else "nl"
    with translation.override(language):
        base = index.get_full_url(request)
    return f"{base}{SUBMIT_ROUTES[language]}/status/{submission.status_token}/"


def admin_url(submission):
    path = reverse("partners_videosubmission:inspect", args=[submission.pk])
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def _send(submission, what, subject, template, recipients, language, context):
    """Render in the recipient's language and send; on failure log and record, never raise."""
    try:
        with translation.override(language):
            params = {"reference": submission.reference, "title": submission.title_nl}
            body = render_to_string(template, {"submission": submission, **context})
            message = EmailMessage(subject=str(subject) % params, body=body, to=recipients)
        message.send(fail_silently=False)
        return True
    except Exception as error:  # noqa: BLE001 - any mail failure: record it, lose nothing
        logger.exception("Mail '%s' for submission %s failed", what, submission.reference)
        stamp = timezone.now().strftime("%Y-%m-%d %H:%M")
        line = f"{stamp} {what}: {type(error).__name__}: {error}"[:500]
        submission.refresh_from_db(fields=["mail_problem"])
        submission.mail_problem = f"{submission.mail_problem}\n{line}".strip()
        VideoSubmission.objects.filter(pk=submission.pk).update(
            mail_problem=submission.mail_problem
        )
        return False


def send_receipt_mails(submission_pk):
    """The submitter's confirmation with the reference, and the editors' notice."""
    submission = VideoSubmission.objects.select_related("partner").get(pk=submission_pk)
    context = {"status_url": status_url(submission), "admin_url": admin_url(submission)}
    _send(
        submission,
        "confirmation",
        RECEIVED_SUBJECT,
        "partners/emails/received.txt",
        [submission.email],
        submission.language,
        context,
    )
    if settings.STEMHUB_EDITORS_EMAIL:
        _send(
            submission,
            "editors notice",
            EDITORS_SUBJECT,
            "partners/emails/editors_notice.txt",
            list(settings.STEMHUB_EDITORS_EMAIL),
            settings.LANGUAGE_CODE,
            context,
        )


def send_decision_mail(submission_pk):
    submission = VideoSubmission.objects.select_related("page").get(pk=submission_pk)
    approved = submission.status == VideoSubmission.Status.APPROVED
    page_url = ""
    if approved and submission.page:
        with translation.override(submission.language):
            page_url = submission.page.get_full_url() or ""
    _send(
        submission,
        "decision",
        APPROVED_SUBJECT if approved else REJECTED_SUBJECT,
        "partners/emails/decision.txt",
        [submission.email],
        submission.language,
        {"status_url": status_url(submission), "page_url": page_url},
    )
