from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VideosConfig(AppConfig):
    name = "videos"
    verbose_name = _("Videos")

    def ready(self):
        from django.db.models.signals import pre_save

        from .models.pages import VideoPage, keep_source_in_step

        pre_save.connect(keep_source_in_step, sender=VideoPage, dispatch_uid="videos-source")
