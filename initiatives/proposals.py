"""Turn a valid proposal into a record, a draft initiative page and a started review, atomically;
follow the review; mail the submitter through the outbox once each step has committed."""

import logging

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from partners.models import PartnerPage
from partners.submissions import draft_partner_page, unique_slug
from stemhub.rich_text import plain_text_as_rich_text
from stemhub.roles import initiative_workflow

from .models import InitiativeIndexPage, InitiativePage, InitiativeProposal

logger = logging.getLogger(__name__)

RECEIVED_SUBJECT = _("Your initiative was received (%(reference)s)")
APPROVED_SUBJECT = _("Your initiative is online (%(reference)s)")
REJECTED_SUBJECT = _("About your proposed initiative (%(reference)s)")
EDITORS_SUBJECT = _("New initiative to review: %(title)s (%(reference)s)")


def initiative_index():
    return InitiativeIndexPage.objects.live().order_by("path").first()


def status_url(proposal):
    """The full address of the proposal's status page, in the submitter's language."""
    index = initiative_index()
    if index is None:
        return ""
    path = index.propose_url(None, proposal.language) + f"status/{proposal.status_token}/"
    site = index.get_site()
    return f"{site.root_url}{path}" if site and path.startswith("/") else path


def accept(form, *, language, index):
    """The record, its logo, the draft page and the review in one transaction; mail after it."""
    with transaction.atomic():
        proposal = _record(form.cleaned_data, language)
        proposal.page = _draft_page(proposal, index)
        proposal.save(update_fields=["page", "updated_at"])
        initiative_workflow().start(proposal.page, None)
        transaction.on_commit(lambda: send_receipt_mails(proposal.pk), robust=True)
    return proposal


def _record(data, language):
    proposal = InitiativeProposal(
        language=language, **{name: data[name] for name in InitiativeProposal.TYPED_FIELDS}
    )
    if data["logo"]:
        # The file is written by the image's save; a rollback after it leaves an orphan file
        # only, never a record: the files cleanup removes images without a row.
        logo = get_image_model()(title=data["organisation_name"][:255])
        logo.file.save(f"initiative-{proposal.reference}-{data['logo'].name}", data["logo"], False)
        logo.save()
        proposal.logo = logo
    proposal.save()
    for name in InitiativeProposal.VOCABULARY_FIELDS:
        getattr(proposal, name).set(data[name])
    return proposal


def _organisation(name):
    """The partner page of that name, or a new draft one published when the initiative is."""
    existing = PartnerPage.objects.filter(title__iexact=name).order_by("-live", "path").first()
    return existing or draft_partner_page(name)


def _draft_page(proposal, index):
    """A draft InitiativePage in the submitter's language (Dutch, the default, always filled)."""
    text = {
        "title": proposal.title,
        "summary": proposal.summary,
        # The visitor's plain text: escaped into paragraphs, never taken as markup.
        "description": plain_text_as_rich_text(proposal.description),
    }
    languages = {"nl", proposal.language}
    page = InitiativePage(
        title=proposal.title,
        slug=unique_slug(index, proposal.title, "nl", fallback="initiative"),
        status=proposal.initiative_status,
        year_started=proposal.year_started,
        website=proposal.website,
        image=proposal.logo,
        organisation=_organisation(proposal.organisation_name),
        live=False,
        **{f"{name}_{code}": value for name, value in text.items() for code in languages},
    )
    page.slug_nl = page.slug
    page.slug_en = unique_slug(index, proposal.title, "en", fallback="initiative")
    for name in InitiativeProposal.VOCABULARY_FIELDS:
        getattr(page, name).set(list(getattr(proposal, name).all()))
    index.add_child(instance=page)
    page.save_revision(log_action=True)
    return page


def _send(proposal, subject, template, recipients, language, context=None):
    """Queue one mail in the outbox (which retries it); a failure here is logged, never raised."""
    try:
        with translation.override(language):
            body = render_to_string(template, {"proposal": proposal, **(context or {})})
            subject = str(subject) % {"reference": proposal.reference, "title": proposal.title}
        EmailMessage(subject=subject, body=body, to=recipients).send(fail_silently=False)
    except Exception:  # noqa: BLE001 - the proposal is stored; the editors see it in the admin
        logger.exception("Mail '%s' for proposal %s failed", template, proposal.reference)


def send_receipt_mails(proposal_pk):
    from django.conf import settings

    proposal = InitiativeProposal.objects.get(pk=proposal_pk)
    url = status_url(proposal)
    _send(
        proposal,
        RECEIVED_SUBJECT,
        "initiatives/email/proposal_received.txt",
        [proposal.email],
        proposal.language,
        {"status_url": url},
    )
    if settings.STEMHUB_EDITORS_EMAIL:
        path = reverse("initiatives_initiativeproposal:inspect", args=[proposal.pk])
        _send(
            proposal,
            EDITORS_SUBJECT,
            "initiatives/email/proposal_editors.txt",
            list(settings.STEMHUB_EDITORS_EMAIL),
            settings.LANGUAGE_CODE,
            {"admin_url": f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"},
        )


def decide(page, status, reason=""):
    """The page's review decided: record it on the proposal and tell the submitter."""
    proposal = InitiativeProposal.objects.filter(
        page_id=page.pk, status=InitiativeProposal.Status.IN_REVIEW
    ).first()
    if proposal is None:
        return
    if status == InitiativeProposal.Status.APPROVED:
        _publish_new_organisation(page)
    proposal.status = status
    proposal.rejection_reason = reason
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "rejection_reason", "decided_at", "updated_at"])
    transaction.on_commit(lambda: send_decision_mail(proposal.pk), robust=True)


def _publish_new_organisation(page):
    """A draft partner page made for the proposal goes online with the initiative."""
    organisation = PartnerPage.objects.filter(pk=page.organisation_id).first()
    if organisation and not organisation.live and organisation.first_published_at is None:
        (organisation.get_latest_revision() or organisation.save_revision()).publish()


def send_decision_mail(proposal_pk):
    proposal = InitiativeProposal.objects.select_related("page").get(pk=proposal_pk)
    approved = proposal.status == InitiativeProposal.Status.APPROVED
    context = {"status_url": status_url(proposal), "page_url": ""}
    if approved and proposal.page:
        with translation.override(proposal.language):
            context["page_url"] = proposal.page.get_full_url() or ""
    subject = APPROVED_SUBJECT if approved else REJECTED_SUBJECT
    template = "initiatives/email/proposal_decision.txt"
    _send(proposal, subject, template, [proposal.email], proposal.language, context)
