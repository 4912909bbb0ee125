from modeltranslation.translator import TranslationOptions, register

from .models import SelfTestPage, SelfTestSectorText


@register(SelfTestPage)
class SelfTestPageTranslationOptions(TranslationOptions):
    # `questions` is not here on purpose: it holds both languages itself (see blocks.py).
    fields = ("intro", "result_intro", "teacher_note", "listing_summary")


@register(SelfTestSectorText)
class SelfTestSectorTextTranslationOptions(TranslationOptions):
    fields = ("sentence",)
    required_languages = ("nl",)
