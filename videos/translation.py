from modeltranslation.translator import TranslationOptions, register

from .models import (
    EducationRoute,
    ProfileType,
    ReporterIndexPage,
    Signpost,
    VideoCollectionPage,
    VideoHero,
    VideoIndexPage,
    VideoPage,
    VideoSignpost,
)


@register(VideoIndexPage)
class VideoIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro", "listing_summary")


@register(VideoPage)
class VideoPageTranslationOptions(TranslationOptions):
    fields = ("intro", "transcript", "captions", "listing_summary")


@register(VideoHero)
class VideoHeroTranslationOptions(TranslationOptions):
    fields = ("name", "job_title", "studies", "quote", "career_path")


@register(VideoSignpost)
class VideoSignpostTranslationOptions(TranslationOptions):
    fields = ("why",)


@register(ProfileType)
class ProfileTypeTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


@register(EducationRoute)
class EducationRouteTranslationOptions(TranslationOptions):
    fields = ("name", "description", "explanation")
    required_languages = ("nl",)


@register(Signpost)
class SignpostTranslationOptions(TranslationOptions):
    fields = ("name", "description", "url")
    required_languages = ("nl",)


@register(ReporterIndexPage)
class ReporterIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro", "listing_summary")


@register(VideoCollectionPage)
class VideoCollectionPageTranslationOptions(TranslationOptions):
    fields = ("intro", "listing_summary")
