"""The submission form and the status page, served as routes of the partner directory page."""

import logging

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from stemhub.ratelimit import RateLimit, too_many_requests
from stemhub.see_other import see_other

from .forms import VideoSubmissionForm
from .models import VideoSubmission
from .models.directory import SUBMIT_ROUTES
from .submissions import DuplicateVideo, accept, accepts_videos
from .uploads import upload_refusals

logger = logging.getLogger(__name__)


def accepted_limit():
    return RateLimit(
        "video-submission",
        settings.STEMHUB_SUBMISSION_RATE_LIMIT,
        settings.STEMHUB_SUBMISSION_RATE_WINDOW,
    )


def attempt_limit():
    return RateLimit(
        "video-submission-attempt",
        settings.STEMHUB_SUBMISSION_ATTEMPT_LIMIT,
        settings.STEMHUB_SUBMISSION_RATE_WINDOW,
    )


def current_language():
    language = translation.get_language() or settings.LANGUAGE_CODE
    return language if language in SUBMIT_ROUTES else settings.LANGUAGE_CODE


def wrong_language_redirect(request, index_page, suffix="", routes=None, url_of="submit_url"):
    """/nl/partners/submit-video/ → /nl/partners/video-indienen/ (and the other way round).

    Another form routed per language on its page passes its `routes` and URL method's name.
    """
    language = current_language()
    route = (routes or SUBMIT_ROUTES)[language]
    if f"/{route}/" in request.path:
        return None
    url = getattr(index_page, url_of)(request, language) + suffix
    query = request.META.get("QUERY_STRING", "")
    return HttpResponseRedirect(f"{url}?{query}" if query else url)


def alternate_urls(request, index_page, suffix="", url_of="submit_url"):
    url = getattr(index_page, url_of)
    return {code: url(request, code) + suffix for code, _name in settings.LANGUAGES}


def private_page(response):
    """A page reached through a submitter's token: never indexed, kept or passed on."""
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    # Personal: never kept by the page cache or a proxy.
    patch_cache_control(response, private=True, no_store=True)
    return response


def record_by_token(records, token):
    """The submission a status link names (`records`: a queryset with `status_token`), or 404;
    a token of an impossible length is not even looked up."""
    if not (20 <= len(token) <= 64):
        raise Http404
    record = records.filter(status_token=token).first()
    if record is None:
        raise Http404
    return record


def published_page_url(record, request):
    """The address of the page made of an approved submission, once it is live ("" before)."""
    page = record.page if record.status == record.Status.APPROVED else None
    return page.get_url(request) if page is not None and page.live else ""


def render_status_page(request, index_page, record, template, **context):
    """The submitter's private status page of `record`, rendered as a route of `index_page`."""
    context.update(record=record, received=request.GET.get("received") == "1")
    response = index_page.render(request, template=template, context_overrides=context)
    return private_page(response)


def submit_video(request, index_page):
    redirect = wrong_language_redirect(request, index_page)
    if redirect:
        return redirect
    context = {
        "alternate_urls": alternate_urls(request, index_page),
        "route_title": _("Submit a video"),
    }
    if not accepts_videos():
        logger.error("Video submission without a live video index page")
        return index_page.render(
            request,
            template="partners/submission_unavailable.html",
            context_overrides=context,
        )

    if request.method == "POST":
        attempts, accepted = attempt_limit(), accepted_limit()
        if attempts.is_exceeded(request) or accepted.is_exceeded(request):
            limit = accepted if accepted.is_exceeded(request) else attempts
            return too_many_requests(request, limit.window, {"page": index_page, **context})
        attempts.hit(request)
        form = VideoSubmissionForm(
            request.POST,
            request.FILES,
            directory=index_page,
            upload_refusals=upload_refusals(request),
        )
        if form.is_valid():
            try:
                submission = accept(form, language=current_language())
            except DuplicateVideo:
                form.add_error(
                    "video_url" if form.cleaned_data.get("video_url") else "video_file",
                    _("This video was just sent to us: you do not need to send it again."),
                )
            else:
                accepted.hit(request)
                url = index_page.submit_url(request) + f"status/{submission.status_token}/"
                return see_other(f"{url}?received=1")
    else:
        form = VideoSubmissionForm(directory=index_page)

    context.update(form=form, privacy_notice_url=index_page.privacy_notice_url)
    status = 400 if form.is_bound else 200
    response = index_page.render(
        request, template="partners/submit_video.html", context_overrides=context
    )
    response.status_code = status
    return response


def submission_status(request, index_page, token):
    suffix = f"status/{token}/"
    redirect = wrong_language_redirect(request, index_page, suffix)
    if redirect:
        return redirect
    submission = record_by_token(VideoSubmission.objects.select_related("partner", "page"), token)
    return render_status_page(
        request,
        index_page,
        submission,
        "partners/submission_status.html",
        submission=submission,
        video_page_url=published_page_url(submission, request),
        submit_url=index_page.submit_url(request),
        alternate_urls=alternate_urls(request, index_page, suffix),
        route_title=_("Your video submission"),
    )
