"""Deliver one outbox row through the real mail backend, with back-off and a visible failure.

Run by the worker (stemhub.tasks.deliver_mail, which also queues the retries). A row that is
already sent is never sent again, so a task that runs twice (a worker died, an editor clicked
twice) mails once.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from stemhub.models import OutgoingMail

logger = logging.getLogger(__name__)

Status = OutgoingMail.Status
DELIVERABLE = (Status.QUEUED, Status.RETRYING)


def build_message(outgoing, connection):
    message = EmailMultiAlternatives(
        subject=outgoing.subject,
        body=outgoing.body,
        from_email=outgoing.from_email,
        to=outgoing.to,
        cc=outgoing.cc,
        bcc=outgoing.bcc,
        reply_to=outgoing.reply_to,
        headers={**outgoing.headers, "Message-ID": outgoing.message_id},
        connection=connection,
    )
    for content, mimetype in outgoing.alternatives:
        message.attach_alternative(content, mimetype)
    return message


def retry_delay(attempts):
    """Seconds before the next attempt after `attempts` failures, or None to give up."""
    delays = settings.STEMHUB_MAIL_RETRY_DELAYS
    return delays[attempts - 1] if attempts <= len(delays) else None


def deliver(pk, schedule_retry):
    """Try once and return the row's new status.

    After a failure `schedule_retry(pk, when)` is called in the transaction that records it,
    so the row says "retrying" exactly when a next attempt is queued.
    """
    now = timezone.now()
    if not claim(pk, now):
        outgoing = OutgoingMail.objects.filter(pk=pk).first()
        return outgoing.status if outgoing else None
    outgoing = OutgoingMail.objects.get(pk=pk)
    try:
        connection = get_connection(settings.STEMHUB_MAIL_DELIVERY_BACKEND, fail_silently=False)
        build_message(outgoing, connection).send()
    except Exception as error:  # noqa: BLE001 - any failure is kept on the row, never lost
        return failed(outgoing, error, now, schedule_retry)

    OutgoingMail.objects.filter(pk=pk).update(
        status=Status.SENT,
        sent_at=timezone.now(),
        last_attempt_at=now,
        attempts=outgoing.attempts + 1,
        next_attempt_at=None,
        last_error="",
    )
    return Status.SENT


def claim(pk, now):
    """Mark the row "sending" unless another worker has it: two tasks never send one mail.

    A row left "sending" by a worker that died is free again after the task lease.
    """
    lease = timedelta(seconds=settings.STEMHUB_TASK_LEASE_SECONDS)
    abandoned = Q(status=Status.SENDING, last_attempt_at__lt=now - lease)
    return bool(
        OutgoingMail.objects.filter(Q(status__in=DELIVERABLE) | abandoned, pk=pk).update(
            status=Status.SENDING, last_attempt_at=now
        )
    )


def failed(outgoing, error, now, schedule_retry):
    attempts = outgoing.attempts + 1
    delay = retry_delay(attempts)
    status = Status.RETRYING if delay is not None else Status.FAILED
    next_attempt = now + timedelta(seconds=delay) if delay is not None else None
    message = f"{type(error).__name__}: {error}"[:2000]
    log = logger.warning if delay is not None else logger.error
    log("Mail %s (%s) attempt %d failed: %s", outgoing.pk, outgoing.subject, attempts, message)
    with transaction.atomic():
        OutgoingMail.objects.filter(pk=outgoing.pk).update(
            status=status,
            attempts=attempts,
            last_error=message,
            last_attempt_at=now,
            next_attempt_at=next_attempt,
        )
        if next_attempt is not None:
            schedule_retry(outgoing.pk, next_attempt)
    return status
