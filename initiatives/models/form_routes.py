"""The public forms routed on the initiatives index: the proposal form ("voorstellen/" in Dutch,
"propose/" in English) with the status page of a proposal by its token, and the message to an
interested candidate ("contact/<candidacy>/"), which the editors pass on."""

from django.utils import translation
from wagtail.contrib.routable_page.models import path

# The form's address differs per language (like the video submission's).
PROPOSE_ROUTES = {"nl": "voorstellen", "en": "propose"}


class FormRoutesMixin:
    def propose_url(self, request=None, language=None):
        """The proposal form's address in `language` (by default the current one)."""
        language = language or translation.get_language()
        language = language if language in PROPOSE_ROUTES else "nl"
        with translation.override(language):
            base = self.get_url(request)
        return f"{base}{PROPOSE_ROUTES[language]}/" if base else ""

    @path("voorstellen/", name="propose_nl")
    @path("propose/", name="propose_en")
    def propose(self, request):
        from initiatives.proposal_views import propose

        return propose(request, self)

    @path("voorstellen/status/<str:token>/", name="proposal_status_nl")
    @path("propose/status/<str:token>/", name="proposal_status_en")
    def proposal_status(self, request, token):
        from initiatives.proposal_views import proposal_status

        return proposal_status(request, self, token)

    def contact_url(self, candidacy_id, request=None, language=None):
        """The message form to an interested candidate (the same segment in both languages)."""
        with translation.override(language or translation.get_language()):
            return f"{self.get_url(request)}contact/{candidacy_id}/"

    @path("contact/<int:candidacy_id>/", name="contact_candidate")
    def contact_candidate(self, request, candidacy_id):
        from initiatives.candidate_messages import contact_candidate

        return contact_candidate(request, self, candidacy_id)
