"""The monthly mail to a partner's contact with last month's figures of its videos.

Opt-in per partner (`PartnerReport`, set by editors in the partner's figures view), composed in
the language chosen there, put in the site's outbox (stemhub/mail) by the worker. A
`PartnerMonthlyMail` row is written in the same transaction as the outbox row; its unique
(partner, month) makes the mail go once per partner per month, however often the task runs and
however many workers run it.
"""

from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from stemhub import worker

from .figures import Figures
from .models import PartnerMonthlyMail, PartnerReport
from .periods import previous_month, today

BACKGROUND = "background"
EVERY = timedelta(hours=6)


def due_reports(month):
    """Partners that asked for the mail and have not had this month's yet."""
    return (
        PartnerReport.objects.filter(monthly_mail=True, partner__live=True)
        .exclude(contact_email="")
        .exclude(partner__impact_monthly_mails__month=month.start)
        .select_related("partner")
    )


def compose(report, month_day):
    """The mail in the partner's language: totals and one line per video."""
    with translation.override(report.language):
        month = previous_month(month_day)
        figures = Figures.for_partner(month, report.partner)
        context = {
            "partner": report.partner,
            "month": month,
            "summary": figures.summary(),
            "videos": figures.videos_table(),
            "curious": figures.curious_table(),
            "page_url": report.partner.get_full_url(),
        }
        subject = _("The figures of your #STEMhelden videos in %(month)s") % {"month": month.label}
        body = render_to_string("impact/mail/partner_monthly.txt", context)
        return EmailMessage(subject=subject, body=body, to=[report.contact_email])


def send_monthly_mails(on=None):
    """Put last month's mail of every opted-in partner in the outbox, once; returns how many."""
    on = on or today()
    month = previous_month(on)
    sent = 0
    for report in due_reports(month):
        try:
            with transaction.atomic():
                PartnerMonthlyMail.objects.create(
                    partner=report.partner, month=month.start, email=report.contact_email
                )
                compose(report, on).send(fail_silently=False)
        except IntegrityError:
            continue  # another worker sent this one a moment ago
        sent += 1
    return sent


@task(backend=BACKGROUND)
def monthly_partner_mails():
    """A few times a day: early in a month, last month's mails go out (each one once)."""
    sent = send_monthly_mails()
    worker.schedule_next(monthly_partner_mails, EVERY)
    return {"sent": sent}


def register():
    worker.register_periodic(monthly_partner_mails)
