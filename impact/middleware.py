"""Count, at the edge of the page cache, the answers that views marked for counting.

Sits just before stemhub.pagecache's middleware, so it sees every answer the visitor gets, from
the cache or freshly rendered: a feed read, an embedded card or a search without results is
counted each time it is served, although the view itself ran only once for the cache.
"""

import logging

from stemhub.counting_marks import read_mark

from . import counting, limits
from .bots import is_bot
from .models import Kind

logger = logging.getLogger(__name__)

EDGE_KINDS = {Kind.FEED, Kind.EMBED, Kind.SEARCH_EMPTY}


class EdgeCountingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        mark = read_mark(response)
        if mark and request.method == "GET" and response.status_code == 200:
            try:
                count_mark(request, mark)
            except Exception:
                # A count is never worth a failed page.
                logger.exception("Could not count a marked answer")
        return response


def count_mark(request, mark):
    kind = mark.get("kind", "")
    page_id = counting.parse_id(mark.get("page", "")) or 0
    term = counting.search_term(mark.get("term", "")) if kind == Kind.SEARCH_EMPTY else ""
    language = counting.current_language()
    if kind not in EDGE_KINDS or language is None or is_bot(request):
        return
    if kind == Kind.SEARCH_EMPTY and not term:
        return
    allowed, _window = limits.admit(request, kind, page_id)
    if allowed:
        counting.record(kind, language, page_id=page_id, term=term)
