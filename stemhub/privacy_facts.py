"""What the privacy statement states about the site itself, computed from the settings and the
personal-data registry, so that no period is written twice (and none goes stale)."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from stemhub import personal_data

DAY = 24 * 60 * 60


def duration(seconds):
    """A period in the reader's language: "52 weeks", "14 days", "1 hour", "15 minutes"."""
    seconds = int(seconds)
    if seconds >= DAY and seconds % (7 * DAY) == 0:
        weeks = seconds // (7 * DAY)
        return ngettext("%(count)d week", "%(count)d weeks", weeks) % {"count": weeks}
    if seconds >= DAY:
        days = round(seconds / DAY)
        return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}
    if seconds >= 3600 and seconds % 3600 == 0:
        hours = seconds // 3600
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    minutes = max(1, round(seconds / 60))
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}


@dataclass
class RetentionRow:
    what: str
    holds: str
    purpose: str
    period: str  # "365 days"
    kept_after: str  # "after the editors' decision, then anonymised"


def rate_limit_window():
    """The longest window of the public forms' rate limits (stemhub.ratelimit)."""
    return max(
        settings.STEMHUB_SUBMISSION_RATE_WINDOW,
        settings.STEMHUB_CANDIDACY_RATE_WINDOW,
        settings.STEMHUB_PROPOSAL_RATE_WINDOW,
    )


def retention_rows():
    rows = [
        RetentionRow(
            what=str(entry.label).capitalize(),
            holds=entry.holds,
            purpose=entry.purpose,
            period=duration(entry.retention_days * DAY),
            kept_after=entry.kept_after,
        )
        for entry in personal_data.holders()
    ]
    rows.append(
        RetentionRow(
            what=_("Rate limiter of the forms"),
            holds=_(
                "A scrambled form of your internet address (hashed with the site's secret key), "
                "never the address itself, with the number of forms sent"
            ),
            purpose=_("To stop floods of form posts"),
            period=duration(rate_limit_window()),
            kept_after=_("in the cache after the first post, then forgotten automatically"),
        )
    )
    return rows


@dataclass
class CookieRow:
    name: str
    holds: str
    when: str
    lifetime: str


def cookie_rows():
    return [
        CookieRow(
            name=settings.CSRF_COOKIE_NAME,
            holds=_(
                "A random code that proves a form was sent from this site (protection against "
                "forged forms). It says nothing about you."
            ),
            when=_(
                "Only on pages with a form (submitting a video, proposing an initiative, "
                "applying as a partner)."
            ),
            lifetime=duration(settings.CSRF_COOKIE_AGE),
        ),
        CookieRow(
            name=settings.SESSION_COOKIE_NAME,
            holds=_(
                "That an editor is signed in, and the administration's short confirmations "
                "(such as “Page published”)."
            ),
            when=_("Only for editors who sign in to the site's administration."),
            lifetime=duration(settings.SESSION_COOKIE_AGE),
        ),
    ]
