"""How a view that the page cache keeps asks for one counted action (impact counters, issue 14).

A feed, an embedded card or a search without results is counted on the server, but the page cache
(stemhub.pagecache) answers a repeated request without running the view. So the view does not
count: it marks its response with one header, which the cache stores and replays with the page,
and the impact app's middleware, outside the cache, counts every answer that carries the mark and
removes it before the response leaves. stemhub needs no import of the counting app for this.
"""

from urllib.parse import parse_qsl, urlencode

COUNT_HEADER = "X-Stemhub-Count"


def mark_for_counting(response, kind, page_id=0, term=""):
    """Ask for one `kind` event (an impact.models.Kind value) each time this answer is served."""
    fields = {"kind": kind, "page": str(int(page_id or 0))}
    if term:
        fields["term"] = term
    # Percent-encoded, so any search term fits a header (latin-1 only) unchanged.
    response[COUNT_HEADER] = urlencode(fields)
    return response


def read_mark(response):
    """The fields of the mark ({} when the answer has none), and the mark removed."""
    value = response.get(COUNT_HEADER)
    if value is None:
        return {}
    del response[COUNT_HEADER]
    return dict(parse_qsl(value))
