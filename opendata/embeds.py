"""The embeddable card: a video or lesson in a frame on another site (KlasCement, a school).

The card keeps the click-to-play facade: nothing is loaded from YouTube or Vimeo until the
viewer presses play. It is the one route other sites may frame (stemhub.security and
X-Frame-Options below); it sets no cookie, so the page cache keeps it like any page.
"""

import math
from dataclasses import dataclass

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from wagtail.models import Page

from classroom.models import ClassroomMaterialPage
from stemhub.counting_marks import mark_for_counting
from videos.models import VideoPage

EMBEDDABLE = (VideoPage, ClassroomMaterialPage)
# The card: a 16:9 poster above a text block of about this height, at any width.
CARD_TEXT_HEIGHT = 170
DEFAULT_WIDTH = 480
MIN_WIDTH = 240


@dataclass(frozen=True)
class EmbedSize:
    width: int
    height: int


def card_size(maxwidth=None, maxheight=None):
    """The frame's size within the consumer's limits (oEmbed maxwidth / maxheight)."""
    width = min(DEFAULT_WIDTH, maxwidth or DEFAULT_WIDTH)
    if maxheight:
        width = min(width, math.floor((maxheight - CARD_TEXT_HEIGHT) * 16 / 9))
    width = max(width, MIN_WIDTH)
    height = math.ceil(width * 9 / 16) + CARD_TEXT_HEIGHT
    if maxheight:
        height = min(height, maxheight)
    return EmbedSize(width, height)


def embeddable_page(page_id):
    """The live, public video or lesson with this id, else 404."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if not isinstance(page, EMBEDDABLE):
        raise Http404("Not an embeddable page")
    return page


def embed_path(page):
    return reverse("embed_card", kwargs={"page_id": page.pk})


def card_context(page, request):
    if isinstance(page, VideoPage):
        video = page
        kind = _("Video")
        facts = [page.duration_display] if page.duration else []
        more = _("Watch more #STEMhelden")
    else:
        video = page.live_video()
        kind = _("Lesson")
        facts = [
            _("%(ages)s years") % {"ages": page.age_range},
            _("%(minutes)s minutes") % {"minutes": page.duration},
        ]
        more = _("Open the lesson on #STEMhelden")
    return {
        "page": page,
        "card_video": video,
        "source": video.source if video else None,
        "kind": kind,
        "facts": facts,
        "summary": page.card_summary,
        "page_url": page.get_full_url(request),
        "more_label": more,
    }


@xframe_options_exempt
def embed_card(request, page_id):
    page = embeddable_page(page_id)
    response = TemplateResponse(request, "opendata/embed_card.html", card_context(page, request))
    return mark_for_counting(response, "embed", page_id=page.pk)
