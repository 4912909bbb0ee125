"""'Stel je initiatief voor' and its status page, served as routes of the initiatives index."""

from django.conf import settings
from django.utils.translation import gettext as _

from partners.models import PartnerIndexPage
from partners.views import (
    alternate_urls,
    current_language,
    published_page_url,
    record_by_token,
    render_status_page,
    wrong_language_redirect,
)
from stemhub.ratelimit import RateLimit, too_many_requests
from stemhub.see_other import see_other

from .models import InitiativeProposal
from .models.form_routes import PROPOSE_ROUTES
from .proposal_form import InitiativeProposalForm
from .proposals import accept

ROUTE_URL = "propose_url"


def proposal_limit():
    """Accepted proposals per address; a typo corrected is never counted, a filled honeypot is."""
    return RateLimit(
        "initiative-proposal",
        settings.STEMHUB_PROPOSAL_RATE_LIMIT,
        settings.STEMHUB_PROPOSAL_RATE_WINDOW,
    )


def privacy_notice_url():
    directory = PartnerIndexPage.objects.live().only("privacy_notice_url").first()
    return directory.privacy_notice_url if directory else ""


def propose(request, index_page):
    redirect = wrong_language_redirect(request, index_page, routes=PROPOSE_ROUTES, url_of=ROUTE_URL)
    if redirect:
        return redirect
    context = {
        "alternate_urls": alternate_urls(request, index_page, url_of=ROUTE_URL),
        "route_title": _("Propose your initiative"),
        "privacy_notice_url": privacy_notice_url(),
    }
    if request.method == "POST":
        limit = proposal_limit()
        if limit.is_exceeded(request):
            return too_many_requests(request, limit.window, {"page": index_page, **context})
        form = InitiativeProposalForm(request.POST, request.FILES)
        if form.is_valid():
            limit.hit(request)
            proposal = accept(form, language=current_language(), index=index_page)
            url = index_page.propose_url(request) + f"status/{proposal.status_token}/"
            return see_other(f"{url}?received=1")
        if form.honeypot_filled:
            limit.hit(request)
    else:
        form = InitiativeProposalForm()
    context["form"] = form
    response = index_page.render(
        request, template="initiatives/propose.html", context_overrides=context
    )
    response.status_code = 400 if form.is_bound else 200
    return response


def proposal_status(request, index_page, token):
    suffix = f"status/{token}/"
    redirect = wrong_language_redirect(
        request, index_page, suffix, routes=PROPOSE_ROUTES, url_of=ROUTE_URL
    )
    if redirect:
        return redirect
    proposal = record_by_token(InitiativeProposal.objects.select_related("page"), token)
    return render_status_page(
        request,
        index_page,
        proposal,
        "initiatives/proposal_status.html",
        proposal=proposal,
        initiative_url=published_page_url(proposal, request),
        propose_url=index_page.propose_url(request),
        alternate_urls=alternate_urls(request, index_page, suffix, url_of=ROUTE_URL),
        route_title=_("Your proposed initiative"),
    )
