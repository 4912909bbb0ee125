"""The thank-you on an initiative page after a 'Kandidaat partner?' candidacy or a message to a
candidate: the outcome travels in the address (`?sent=candidacy#candidacy-outcome`), like the
feedback's `?thanks=`, so it needs no session or cookie and the page is the same bytes for
everyone who lands there. Only the known outcomes are shown; anything else in `sent` is ignored.
"""

from django.utils.translation import gettext_lazy as _

SENT_PARAMETER = "sent"
OUTCOME_ANCHOR = "candidacy-outcome"

CANDIDACY = "candidacy"
CANDIDACY_AGAIN = "again"
MESSAGE = "message"

NOTICES = {
    CANDIDACY: _("Thank you! We have received your candidacy and will contact you soon."),
    CANDIDACY_AGAIN: _(
        "Thank you! We had already received this candidacy a moment ago; "
        "we keep it once and will contact you soon."
    ),
    MESSAGE: _("Thank you! The editors will pass your message on."),
}


def sent_url(page_url, outcome):
    """Where the visitor is sent after the form: the page, showing the thank-you."""
    return f"{page_url}?{SENT_PARAMETER}={outcome}#{OUTCOME_ANCHOR}"


def sent_notice(request):
    """The thank-you the address asks for, or None."""
    return NOTICES.get(request.GET.get(SENT_PARAMETER, ""))
