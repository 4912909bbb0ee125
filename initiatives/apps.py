from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "initiatives"
    verbose_name = _("STEM initiatives")

    def ready(self):
        from . import candidate_messages, personal_data, proposal_views
        from .candidacies import handle_candidacy
        from .forms import CandidacyForm
        from .models import InitiativeIndexPage, InitiativePage

        InitiativePage.register_candidacy(form_class=CandidacyForm, handler=handle_candidacy)
        InitiativeIndexPage.register_form_views(
            propose=proposal_views.propose,
            proposal_status=proposal_views.proposal_status,
            contact_candidate=candidate_messages.contact_candidate,
        )
        personal_data.register_personal_data()
