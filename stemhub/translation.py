from modeltranslation.translator import TranslationOptions, register

from .models import AboutPage, HomeEntryPoint, HomePage


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


@register(AboutPage)
class AboutPageTranslationOptions(TranslationOptions):
    fields = ("body", "listing_summary")
