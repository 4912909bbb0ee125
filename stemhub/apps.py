from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StemhubConfig(AppConfig):
    name = "stemhub"
    verbose_name = _("STEMhub site")

    def ready(self):
        from .workflow_names import translate_names_in_notifications

        translate_names_in_notifications()
