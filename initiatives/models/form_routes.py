"""The public forms routed on the initiatives index: the proposal form ("voorstellen/" in Dutch,
"propose/" in English) with the status page of a proposal by its token, and the message to an
interested candidate ("contact/<candidacy>/"), which the editors pass on."""

from django.utils import translation
from wagtail.contrib.routable_page.models import path

# The form's address differs per language (like the video submission's).
PROPOSE_ROUTES = {"nl": "voorstellen", "en": "propose"}


class FormRoutesMixin:
    # The form views (initiatives.proposal_views, initiatives.candidate_messages) import the
    # models, so the models do not import them: InitiativesConfig.ready() registers them here.
    form_views = {}

    @classmethod
    def register_form_views(cls, *, propose, proposal_status, contact_candidate):
        cls.form_views = {
            "propose": propose,
            "proposal_status": proposal_status,
            "contact_candidate": contact_candidate,
        }

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
        return self.form_views["propose"](request, self)

    @path("voorstellen/status/<str:token>/", name="proposal_status_nl")
    @path("propose/status/<str:token>/", name="proposal_status_en")
    def proposal_status(self, request, token):
        return self.form_views["proposal_status"](request, self, token)

    def contact_url(self, candidacy_id, request=None, language=None):
        """The message form to an interested candidate (the same segment in both languages)."""
        with translation.override(language or translation.get_language()):
            return f"{self.get_url(request)}contact/{candidacy_id}/"

    @path("contact/<int:candidacy_id>/", name="contact_candidate")
    def contact_candidate(self, request, candidacy_id):
        return self.form_views["contact_candidate"](request, self, candidacy_id)
