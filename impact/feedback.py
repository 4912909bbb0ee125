"""The one-click feedback under videos and lessons: what the panel shows and where it posts.

The thank-you after a post without JavaScript travels in the address (?thanks=used-in-class or
?thanks=curious, a parameter the page cache keeps), so it needs no session or cookie and the page
stays the same bytes for everyone who lands there.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import Answer, Kind

THANKS_PARAMETER = "thanks"

THANK_YOU = {
    Kind.USED_IN_CLASS: _("Thank you! We counted one more class that used this."),
    Kind.CURIOUS: _("Thank you for your answer!"),
}


def thank_you(kind):
    return THANK_YOU[kind]


def thanks_url(page, request, kind):
    return f"{page.get_url(request)}?{THANKS_PARAMETER}={kind}#feedback-{kind}"


def feedback_url(page, kind):
    return reverse("impact_feedback", kwargs={"page_id": page.pk, "kind": kind})


def previewing(request):
    """Whether the page is shown in an editor's preview (Wagtail's `is_preview`), saved or not:
    nothing an editor clicks there counts."""
    return getattr(request, "is_preview", False)


def panel_context(page, request, ask_curious):
    """What templates/impact/feedback.html needs for one page.

    In a preview (of a page saved or not) editors see both questions as they will be, but the
    buttons are disabled and the forms have no address: their clicks never count as feedback."""
    thanked = request.GET.get(THANKS_PARAMETER, "") if request is not None else ""
    in_preview = previewing(request)
    return {
        "previewing": in_preview,
        "ask_curious": ask_curious,
        "used_in_class_url": "" if in_preview else feedback_url(page, Kind.USED_IN_CLASS),
        "curious_url": feedback_url(page, Kind.CURIOUS) if ask_curious and not in_preview else "",
        "answers": Answer.choices,
        "used_in_class_thanks": thank_you(Kind.USED_IN_CLASS),
        "curious_thanks": thank_you(Kind.CURIOUS),
        # The thank-you shown on arrival after a post without JavaScript.
        "thanked_used_in_class": thanked == Kind.USED_IN_CLASS,
        "thanked_curious": ask_curious and thanked == Kind.CURIOUS,
    }
