"""The counting endpoints: the page-view and play beacon, the counting redirects of signposts and
worksheets, and the one-click feedback.

The beacon and the feedback are CSRF-exempt on purpose: the pages that carry them stay the same
bytes for every visitor (page cache, no CSRF cookie for children), and all a forged request can do
is add one count for a real object and action, at most as often as the rate limit allows
(impact.limits). They take only known ids, kinds and answers; anything else is a 400 or 404 and
nothing is stored.
"""

from django.http import (
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from stemhub.ratelimit import too_many_requests
from stemhub.views import bad_request

from . import counting, limits
from .bots import is_bot
from .feedback import thank_you, thanks_url
from .models import Kind


def _no_content():
    return HttpResponse(status=204)


def _plain(status, message, window=None):
    response = HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")
    if window:
        response["Retry-After"] = str(window)
    return response


def _beacon(request, kind, find):
    language = counting.current_language()
    page_id = counting.parse_id(request.POST.get("page"))
    if language is None or page_id is None:
        return HttpResponseBadRequest(
            _("Send the id of a page as 'page'."), content_type="text/plain; charset=utf-8"
        )
    if find(page_id) is None:
        return _plain(404, _("There is no such page to count."))
    if is_bot(request):
        return _no_content()
    allowed, window = limits.admit(request, kind, page_id)
    if not allowed:
        return _plain(429, _("Counted often enough for now."), window)
    counting.record(kind, language, page_id=page_id)
    return _no_content()


@csrf_exempt
@never_cache
@require_POST
def count_view(request):
    """navigator.sendBeacon from static/js/count.js: one view of a live page."""
    return _beacon(request, Kind.VIEW, counting.viewed_page)


@csrf_exempt
@never_cache
@require_POST
def count_play(request):
    """From static/js/video-player.js when the visitor presses play on a video page or card."""
    return _beacon(request, Kind.PLAY, counting.played_video)


@never_cache
@require_GET
def follow_signpost(request, video_id, signpost_id):
    """Count the click, then send the visitor on to the signpost's deep link (or its site)."""
    link = counting.followed_signpost(video_id, signpost_id)
    if link is None:
        raise Http404("This video shows no such signpost")
    _count_once(request, Kind.SIGNPOST, video_id, target=signpost_id)
    return redirect(link.url)


@never_cache
@require_GET
def download_worksheet(request, worksheet_id):
    """Count the download, then hand over to Wagtail's document view (privacy checks, file)."""
    worksheet = counting.downloaded_worksheet(worksheet_id)
    if worksheet is None:
        raise Http404("No such worksheet")
    _count_once(request, Kind.DOWNLOAD, worksheet.page_id)
    return redirect(worksheet.document.url)


def _count_once(request, kind, page_id, target=0):
    """For redirects: the visitor always gets where they were going; a flood is not counted."""
    language = counting.current_language()
    if language is None or is_bot(request):
        return
    allowed, _window = limits.admit(request, kind, page_id, target)
    if allowed:
        counting.record(kind, language, page_id=page_id, target=target)


@csrf_exempt
@never_cache
@require_POST
def give_feedback(request, page_id, kind):
    """One click: "Used in class", or the answer to "Made you curious about this job?".

    Without JavaScript the browser is sent back to the page with ?thanks=<kind>, which shows the
    thank-you (no session or cookie needed); static/js/feedback.js asks for JSON instead and shows
    it in a live region without leaving the page.
    """
    wants_json = "application/json" in request.headers.get("Accept", "")
    language = counting.current_language()
    page = counting.feedback_page(kind, page_id) if language else None
    if page is None:
        if wants_json:
            return JsonResponse({"error": _("This page does not ask for that.")}, status=404)
        raise Http404("No such feedback on this page")
    answer = request.POST.get("answer", "")
    if not counting.valid_answer(kind, answer):
        if wants_json:
            return JsonResponse({"error": _("Choose one of the answers.")}, status=400)
        return bad_request(request)
    if not is_bot(request):
        allowed, window = limits.admit(request, kind, page.pk)
        if not allowed:
            if wants_json:
                response = JsonResponse(
                    {"error": _("Thank you, you already answered.")}, status=429
                )
                response["Retry-After"] = str(window)
                return response
            return too_many_requests(request, window)
        counting.record(kind, language, page_id=page.pk, answer=answer)
    if wants_json:
        return JsonResponse({"message": str(thank_you(kind))})
    response = HttpResponseRedirect(thanks_url(page, request, kind))
    response.status_code = 303  # See Other: the browser asks for the page with GET
    return response
