from modeltranslation.translator import TranslationOptions, register

from .models import AboutPage, AccessibilityPage, HomeEntryPoint, HomePage, PrivacyPage


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


@register(PrivacyPage)
class PrivacyPageTranslationOptions(TranslationOptions):
    fields = ("intro", "body", "listing_summary")


@register(AccessibilityPage)
class AccessibilityPageTranslationOptions(TranslationOptions):
    fields = ("intro", "body", "listing_summary")
