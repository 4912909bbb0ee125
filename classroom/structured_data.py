"""A lesson page as schema.org's LearningResource, aligned to the Flemish attainment targets."""

from django.utils.translation import gettext as _

from stemhub.seo.jsonld import iso_duration, publisher, without_empty


def alignment(target):
    return {
        "@type": "AlignmentObject",
        "alignmentType": "teaches",
        "educationalFramework": _("Flemish attainment targets (eindtermen)"),
        "targetName": target.code,
        "targetDescription": target.description,
    }


def learning_resource(page, request, context, shared):
    """`context` holds what the page already fetched (targets, levels, domains, video)."""
    targets = context.get("attainment_targets")
    if targets is None:
        targets = list(page.attainment_targets.all())
    levels = context.get("school_levels")
    if levels is None:
        levels = list(page.school_levels.all())
    domains = context.get("stem_domains")
    if domains is None:
        domains = list(page.stem_domains.all())
    # Not context.get("video", page.live_video()): that default would be worked out (two
    # queries) even when the page's context already holds the video.
    video = context["video"] if "video" in context else page.live_video()
    return without_empty(
        {
            "@type": "LearningResource",
            "@id": f"{shared.url}#lesson",
            "name": shared.name,
            "description": shared.description or shared.name,
            "url": shared.url,
            "mainEntityOfPage": shared.url,
            "inLanguage": shared.language,
            "image": shared.image.url,
            "learningResourceType": _("lesson plan"),
            "educationalLevel": [level.name for level in levels],
            "typicalAgeRange": f"{page.min_age}-{page.max_age}",
            "timeRequired": iso_duration(minutes=page.duration),
            "teaches": [f"{target.code} {target.description}" for target in targets],
            "educationalAlignment": [alignment(target) for target in targets],
            "about": [{"@type": "Thing", "name": domain.name} for domain in domains],
            "audience": {"@type": "EducationalAudience", "educationalRole": "teacher"},
            "isAccessibleForFree": True,
            "isBasedOn": (
                {"@type": "VideoObject", "name": video.title, "url": video.get_full_url(request)}
                if video
                else None
            ),
            "publisher": publisher(shared),
        }
    )
