from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("Partners")

    def ready(self):
        from . import personal_data, signals, views
        from .models import PartnerIndexPage

        signals.connect(self)
        personal_data.register_personal_data()
        PartnerIndexPage.register_submission_views(
            submit=views.submit_video, status=views.submission_status
        )
