from modeltranslation.translator import TranslationOptions, register

from .models import VideoIndexPage


@register(VideoIndexPage)
class VideoIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro", "listing_summary")
