"""The site's EMAIL_BACKEND: write each message to the outbox and queue its delivery.

Nothing here talks to a mail server, so a request that sends mail never waits on SMTP. The
row and the queued task are written in the caller's transaction: a rolled-back submission
sends nothing, a committed one always has its mail waiting for the worker.
"""

import logging

from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from stemhub.models import OutgoingMail
from stemhub.tasks import deliver_mail

logger = logging.getLogger(__name__)


def to_outbox(message):
    alternatives = [
        [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
    ]
    if message.attachments:
        # None of the site's mails carry attachments; say so rather than drop them silently.
        logger.warning("Outbox drops %d attachment(s) of %r", len(message.attachments), message)
    return OutgoingMail(
        from_email=message.from_email,
        to=list(message.to),
        cc=list(message.cc),
        bcc=list(message.bcc),
        reply_to=list(message.reply_to),
        subject=str(message.subject)[:500],
        body=str(message.body),
        alternatives=alternatives,
        headers={str(k): str(v) for k, v in message.extra_headers.items()},
    )


class OutboxEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            with transaction.atomic():
                outgoing = to_outbox(message)
                outgoing.save()
                deliver_mail.enqueue(outgoing.pk)
            queued += 1
        return queued
