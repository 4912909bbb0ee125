from modeltranslation.translator import TranslationOptions, register

from .models import HomeEntryPoint, HomePage


@register(HomePage)
class HomePageTranslationOptions(TranslationOptions):
    fields = (
        "hero_heading",
        "hero_text",
        "campaign_message",
        "featured_heading",
        "listing_summary",
    )


@register(HomeEntryPoint)
class HomeEntryPointTranslationOptions(TranslationOptions):
    fields = ("heading", "text", "link_label")
