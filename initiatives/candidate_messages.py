"""'Send a message' to an interested organisation: only between candidates of one initiative,
only to one who allowed it, always through the editors (who get it by mail, via the outbox)."""

import logging

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from partners.form_fields import DescribedFieldsMixin, TextField, required_message
from stemhub.honeypot import HoneypotField, HoneypotFormMixin
from stemhub.ratelimit import RateLimit, too_many_requests
from stemhub.see_other import see_other

from .choices import PUBLIC_INTEREST_STATUSES
from .models import CandidateMessage, InitiativeCandidacy
from .sent_notices import MESSAGE, sent_url

logger = logging.getLogger(__name__)


def contactable(initiative_index):
    """Candidacies others may write to: opted in to both, handled, on a live initiative here."""
    return InitiativeCandidacy.objects.filter(
        allow_contact=True,
        show_as_interested=True,
        status__in=PUBLIC_INTEREST_STATUSES,
        initiative__live=True,
        initiative__path__startswith=initiative_index.path,
    ).select_related("initiative")


class CandidateMessageForm(DescribedFieldsMixin, HoneypotFormMixin, forms.Form):
    prefix = "contact"

    email = forms.EmailField(
        label=_("The email address of your own candidacy"),
        max_length=254,
        help_text=_("Only organisations that applied for this initiative can send a message."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Give the email address you applied with."),
            "invalid": _("Enter an email address like name@example.org."),
        },
    )
    message = TextField(
        label=_("Your message"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages=required_message(_("Write your message.")),
    )
    consents_to_pass_on = forms.BooleanField(
        label=_("The editors may pass my organisation, name and email address on with it."),
        error_messages=required_message(
            _("The editors can only pass your message on with your contact details.")
        ),
    )
    website_address = HoneypotField()  # named like a real field so bots fill it

    def __init__(self, *args, recipient, **kwargs):
        super().__init__(*args, **kwargs)
        self.recipient = recipient
        self.sender = None
        self._describe_fields()

    def clean_email(self):
        email = self.cleaned_data["email"]
        self.sender = (
            InitiativeCandidacy.objects.filter(
                initiative_id=self.recipient.initiative_id, email__iexact=email
            )
            .exclude(pk=self.recipient.pk)
            .order_by("-created_at")
            .first()
        )
        if self.sender is None:
            raise forms.ValidationError(
                _(
                    "We know no candidacy for this initiative with this email address. "
                    "Apply as a partner first (the form on the initiative's page)."
                ),
                code="not_a_candidate",
            )
        return email


def contact_candidate(request, index_page, candidacy_id):
    recipient = contactable(index_page).filter(pk=candidacy_id).first()
    if recipient is None:
        raise Http404
    initiative = recipient.initiative
    context = {
        "recipient": recipient,
        "initiative": initiative,
        "route_title": _("Send a message"),
        "alternate_urls": {
            code: index_page.contact_url(recipient.pk, request, code)
            for code, _name in settings.LANGUAGES
        },
    }
    if request.method == "POST":
        limit = RateLimit(
            "candidate-message",
            settings.STEMHUB_CANDIDACY_RATE_LIMIT,
            settings.STEMHUB_CANDIDACY_RATE_WINDOW,
        )
        if limit.is_exceeded(request):
            return too_many_requests(request, limit.window, {"page": index_page, **context})
        form = CandidateMessageForm(request.POST, recipient=recipient)
        if form.is_valid():
            limit.hit(request)
            store(form, request)
            return see_other(sent_url(initiative.url, MESSAGE))
        if form.honeypot_filled:
            limit.hit(request)
    else:
        form = CandidateMessageForm(recipient=recipient)
    context["form"] = form
    response = index_page.render(
        request, template="initiatives/candidate_message.html", context_overrides=context
    )
    response.status_code = 400 if form.is_bound else 200
    response["X-Robots-Tag"] = "noindex"
    return response


def store(form, request):
    """The message first; the editors' mail is queued in the outbox once it has committed."""
    with transaction.atomic():
        message = CandidateMessage.objects.create(
            sender=form.sender,
            recipient=form.recipient,
            message=form.cleaned_data["message"],
            consents_to_pass_on=True,
            language=translation.get_language() or "",
        )
        admin_path = reverse("initiatives_candidatemessage:edit", args=[message.pk])
        admin_url = request.build_absolute_uri(admin_path)
        transaction.on_commit(lambda: mail_editors(message.pk, admin_url), robust=True)
    return message


def mail_editors(message_pk, admin_url):
    recipients = settings.STEMHUB_EDITORS_EMAIL
    if not recipients:
        return
    message = CandidateMessage.objects.select_related(
        "sender", "recipient", "recipient__initiative"
    ).get(pk=message_pk)
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("A candidate writes to %(organisation)s about %(initiative)s") % {
            "organisation": message.recipient.organisation,
            "initiative": message.recipient.initiative.title,
        }
        body = render_to_string(
            "initiatives/email/candidate_message.txt",
            {"message": message, "admin_url": admin_url},
        )
    try:
        EmailMessage(subject=subject, body=body, to=list(recipients)).send(fail_silently=False)
    except Exception:  # noqa: BLE001 - the message is stored; the editors see it in the admin
        logger.exception("Could not queue the editors' mail about message %s", message_pk)
