"""Record one counted action, after checking that it fits a real object.

Every entry point (the beacon, the counting redirects, the feedback buttons, the marks that views
behind the page cache leave) ends here. What is stored is only the event's kind, the page's id,
the day, the page's language and, for a signpost click or an answer, which one: never an address,
a user agent, a cookie or any text the visitor sent, except the normalised and shortened words of
a search that found nothing (`search_term`).
"""

import re
import time
import unicodedata

from django.conf import settings
from django.db import connection
from django.utils import timezone, translation
from wagtail.models import Page

from classroom.models import ClassroomMaterialPage, Worksheet
from videos.models import VideoPage, VideoSignpost

from .models import Answer, Event, Kind

TERM_LENGTH = Event._meta.get_field("term").max_length
NOT_A_WORD = re.compile(r"[^\w]+|_+")

# Where each one-click feedback may be given.
FEEDBACK_PAGE_TYPES = {
    Kind.USED_IN_CLASS: (VideoPage, ClassroomMaterialPage),
    Kind.CURIOUS: (VideoPage,),
}


def current_language():
    """The language of the request (from its /nl/ or /en/ prefix), or None when not a site one."""
    code = (translation.get_language() or "")[:2]
    return code if code in {code for code, _name in settings.LANGUAGES} else None


def record(kind, language, page_id=0, target=0, answer="", term=""):
    fields = {
        "day": timezone.localdate(),
        "language": language,
        "kind": str(kind),
        "page_id": page_id,
        "target": target,
        "answer": answer,
        "term": term,
    }
    if connection.vendor == "postgresql":
        _insert_without_waiting_for_the_disk(fields)
    else:
        Event.objects.create(**fields)


def _insert_without_waiting_for_the_disk(fields):
    """One round trip, and the commit does not wait for the WAL flush (8 ms on a busy disk,
    0.2 ms without, measured by bench/impact.py's machine): the SET LOCAL and the INSERT are one
    implicit transaction. A crash may lose the last fraction of a second of counts, never
    corrupt anything; no other write on the connection is affected."""
    table = connection.ops.quote_name(Event._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(name) for name in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SET LOCAL synchronous_commit TO OFF; "  # noqa: S608 (names from the model)
            f"INSERT INTO {table} ({columns}) VALUES ({placeholders})",
            list(fields.values()),
        )


def parse_id(value):
    """A positive page or object id from what the visitor sent, else None."""
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        return None
    number = int(value)
    return number if 0 < number < 2**31 else None


def search_term(text):
    """The words of a search, folded for counting: lower case, letters and digits, one space
    between words, at most TERM_LENGTH characters cut at a word. '' when nothing is left."""
    text = unicodedata.normalize("NFC", str(text)).lower()
    words = NOT_A_WORD.sub(" ", text).split()
    term = ""
    for word in words:
        longer = f"{term} {word}".strip()
        if len(longer) > TERM_LENGTH:
            break
        term = longer
    if not term and words:
        term = words[0][:TERM_LENGTH]
    return term


# What may be counted: each function answers the object the action is about, or None.


# Pages found live recently, so that a broadcast's crowd viewing the same few pages costs no
# database look-up per beacon: page id -> monotonic time until which it counts as live. Only live
# pages are remembered (a page published a moment ago is looked up, not refused); a page that was
# unpublished may still be counted for LIVE_PAGE_SECONDS in another process (this one forgets it
# at once, see forget_live_page), which costs at most a minute of views, never a wrong page.
LIVE_PAGE_SECONDS = 60
LIVE_PAGES_REMEMBERED = 20_000
_live_pages = {}


def viewed_page(page_id):
    now = time.monotonic()
    if _live_pages.get(page_id, 0) > now:
        return page_id
    found = Page.objects.live().filter(pk=page_id).values_list("pk", flat=True).first()
    if found is not None:
        if len(_live_pages) >= LIVE_PAGES_REMEMBERED:
            _live_pages.clear()
        _live_pages[found] = now + LIVE_PAGE_SECONDS
    return found


def forget_live_page(page_id=None):
    """Forget one remembered page (unpublished, moved, deleted), or all of them."""
    if page_id is None:
        _live_pages.clear()
    else:
        _live_pages.pop(page_id, None)


def played_video(page_id):
    """A live video page with something to play (a YouTube/Vimeo address or our own MP4)."""
    videos = VideoPage.objects.live().filter(pk=page_id)
    return videos.exclude(video_url="", video_file="").values_list("pk", flat=True).first()


def followed_signpost(video_id, signpost_id):
    """The signpost link that this live video really shows, else None."""
    return (
        VideoSignpost.objects.filter(page_id=video_id, page__live=True, signpost_id=signpost_id)
        .select_related("signpost")
        .order_by("sort_order", "pk")
        .first()
    )


def downloaded_worksheet(worksheet_id):
    """A worksheet of a live lesson, with its document."""
    return (
        Worksheet.objects.filter(pk=worksheet_id, page__live=True)
        .select_related("document")
        .first()
    )


def feedback_page(kind, page_id):
    """The live page of a type that offers this feedback, else None."""
    page_types = FEEDBACK_PAGE_TYPES.get(kind)
    if not page_types:
        return None
    return Page.objects.live().type(*page_types).filter(pk=page_id).first()


def valid_answer(kind, answer):
    if kind == Kind.CURIOUS:
        return answer in Answer.values
    return answer == ""
