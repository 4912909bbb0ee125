from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImpactConfig(AppConfig):
    name = "impact"
    verbose_name = _("Impact")

    def ready(self):
        from stemhub import worker

        from . import tasks

        # The worker keeps the aggregation scheduled (stemhub knows no impact module).
        worker.register_periodic(tasks.aggregate_impact)
