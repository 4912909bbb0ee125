from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "initiatives"
    verbose_name = _("STEM initiatives")

    def ready(self):
        from . import personal_data
        from .candidacies import handle_candidacy
        from .forms import CandidacyForm
        from .models import InitiativePage

        InitiativePage.register_candidacy(form_class=CandidacyForm, handler=handle_candidacy)
        personal_data.register()
