"""Handling a 'Kandidaat partner?' POST: rate limit, validate, store, then notify the editors."""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.admin.admin_url_finder import AdminURLFinder

from stemhub.ratelimit import RateLimit, too_many_requests

from .forms import CandidacyForm
from .sent_notices import CANDIDACY, CANDIDACY_AGAIN

logger = logging.getLogger(__name__)

# The same candidacy sent again within this time (a visitor unsure it went through) is one.
RESEND_WINDOW = timedelta(minutes=15)


@dataclass
class CandidacyOutcome:
    form: CandidacyForm | None = None  # set when the form must be shown again with errors
    response: HttpResponse | None = None  # set when the answer is not the page (429)
    sent: str = ""  # the thank-you to show (initiatives.sent_notices) when it was accepted


def handle_candidacy(initiative, request):
    rate_limit = RateLimit(
        "candidacy", settings.STEMHUB_CANDIDACY_RATE_LIMIT, settings.STEMHUB_CANDIDACY_RATE_WINDOW
    )
    if rate_limit.is_exceeded(request):
        return CandidacyOutcome(response=too_many_requests(request, rate_limit.window))

    form = CandidacyForm(request.POST)
    if not form.is_valid():
        # Not counted: someone correcting a typo must not be locked out; nothing was stored.
        # A bot that fills the honeypot is counted, as it would be when it succeeded.
        if form.honeypot_filled:
            rate_limit.hit(request)
        return CandidacyOutcome(form=form)

    if earlier_identical(form, initiative) is not None:
        # A resend of what we already have: store and mail nothing, and do not count it.
        return CandidacyOutcome(sent=CANDIDACY_AGAIN)

    rate_limit.hit(request)

    with transaction.atomic():
        candidacy = form.save(commit=False)
        candidacy.initiative = initiative
        candidacy.language = translation.get_language() or ""
        candidacy.save()
    notify_editors(candidacy, request)
    return CandidacyOutcome(sent=CANDIDACY)


def earlier_identical(form, initiative):
    """The candidacy with exactly these answers sent for this initiative a few minutes ago."""
    data = form.cleaned_data
    return (
        form._meta.model.objects.filter(
            initiative=initiative,
            organisation__iexact=data["organisation"],
            contact_person__iexact=data["contact_person"],
            email__iexact=data["email"],
            role=data["role"],
            message=data.get("message", ""),
            created_at__gte=timezone.now() - RESEND_WINDOW,
        )
        .order_by("-created_at")
        .first()
    )


def notify_editors(candidacy, request):
    """Mail the editors; the candidacy is already stored, so a failure only gets logged."""
    recipients = settings.STEMHUB_EDITORS_EMAIL
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("New partner candidacy for %(initiative)s") % {
            "initiative": candidacy.initiative.title
        }
        body = render_to_string(
            "initiatives/email/candidacy.txt",
            {
                "candidacy": candidacy,
                "initiative_url": candidacy.initiative.get_full_url(request),
                "admin_url": request.build_absolute_uri(
                    AdminURLFinder().get_edit_url(candidacy) or "/admin/"
                ),
            },
        )
    try:
        send_mail(subject, body, None, recipients, fail_silently=False)
    except Exception:
        logger.exception("Could not mail the editors about candidacy %s", candidacy.pk)
        return
    type(candidacy).objects.filter(pk=candidacy.pk).update(mail_sent=True)
