from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    name = "impact"
    verbose_name = _("Impact")

    def ready(self):
        from stemhub import worker

        from . import partner_mail, signals, tasks

        # The worker keeps these scheduled (stemhub knows no impact module): the aggregation of
        # counted events and the partners' monthly mail.
        worker.register_periodic(tasks.aggregate_impact)
        partner_mail.register()
        signals.connect()  # remembered live pages forgotten when unpublished or deleted
