import warnings

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image


class StemhubConfig(AppConfig):
    name = "stemhub"
    verbose_name = _("STEMhub site")

    def ready(self):
        from .workflow_names import translate_names_in_admin, translate_names_in_notifications

        translate_names_in_notifications()
        translate_names_in_admin()
        bound_image_decoding()
        from stemhub import (
            multilingual_querysets,
            routing,
            sibling_slugs,
            site_lookup,
            site_root_paths,
        )

        multilingual_querysets.install()
        routing.install()  # after wagtail-modeltranslation patched the page types (app order)
        sibling_slugs.install()
        site_root_paths.install()
        site_lookup.install()
        from stemhub.pagecache import invalidation

        invalidation.connect()
        from stemhub import roles

        roles.connect()

        from stemhub.search import signals as search_signals

        search_signals.connect()

        from stemhub.mail import personal_data as outbox_personal_data

        outbox_personal_data.register()


def bound_image_decoding():
    """No image larger than STEMHUB_MAX_IMAGE_PIXELS is ever decoded, renditions included.

    Pillow refuses to open an image over twice its MAX_IMAGE_PIXELS (DecompressionBombError, raised
    from the header before a single pixel is decoded) and only warns above MAX_IMAGE_PIXELS itself;
    half our limit makes the refusal start exactly at it, and the warning below it is noise.
    """
    Image.MAX_IMAGE_PIXELS = settings.STEMHUB_MAX_IMAGE_PIXELS // 2
    warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
