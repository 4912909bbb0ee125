"""Template pieces of the counters: the feedback panel and the counting links."""

from urllib.parse import quote, urlsplit

from django import template
from django.urls import reverse

from ..feedback import panel_context, previewing

register = template.Library()


@register.inclusion_tag("impact/feedback.html", takes_context=True)
def feedback_panel(context, page, ask_curious=False):
    """ "Used in class" (and, under a video, "Made you curious about this job?")."""
    return {"page": page, **panel_context(page, context.get("request"), ask_curious)}


@register.simple_tag(takes_context=True)
def signpost_href(context, video, link):
    """Our counting redirect for a video's signpost; the address still names the destination.

    In a preview (or for a video not saved yet) nothing is counted, and a page never published
    has no counting address that answers: the plain link."""
    if previewing(context.get("request")) or video.pk is None:
        return link.url
    path = reverse(
        "impact_signpost", kwargs={"video_id": video.pk, "signpost_id": link.signpost_id}
    )
    # Readable in the status bar: only what would break the parameter is escaped.
    return f"{path}?to={quote(link.url, safe=':/?=@;,')}"


@register.simple_tag(takes_context=True)
def worksheet_href(context, worksheet):
    """Our counting download; in a preview (or for a worksheet row not saved yet): the
    document itself."""
    if previewing(context.get("request")) or worksheet.pk is None:
        return worksheet.document.url
    return reverse("impact_worksheet", kwargs={"worksheet_id": worksheet.pk})


@register.filter
def link_host(url):
    """'www.onderwijskiezer.be' for a deep link on that site, shown next to the link."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")
