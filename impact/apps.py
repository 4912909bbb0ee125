from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    name = "impact"
    verbose_name = _("Impact")

    def ready(self):
        self.ready_dashboard()

    def ready_dashboard(self):
        """The dashboard's part: the partners' monthly mail joins the worker's schedule."""
        from . import partner_mail

        partner_mail.register()
