"""Demo content for teachers: the classroom browse, its vocabulary and lessons for the videos.

Runs after videos.demo. A lesson is attached to the video with its Dutch slug; when that video
does not exist (the videos demo did not run, or an editor removed it), the lesson is skipped.
Everything is created only when missing, so loading twice creates nothing new.
"""

from django.db import transaction

from stemhub.demo import add_child_page, translated
from stemhub.models import HomeEntryPoint
from videos.models import VideoIndexPage, VideoPage

from .demo_data import MATERIALS
from .factories import add_material, ensure_vocabulary, lesson_blocks, make_worksheet
from .models import ClassroomIndexPage, ClassroomMaterialPage

EXPECTED_VIDEO_SLUGS = sorted({material["video"] for material in MATERIALS})


def load_index(context):
    index, created = add_child_page(
        context.home,
        ClassroomIndexPage,
        translated("klas", "classroom"),
        translated("In de klas", "In the classroom"),
        intro=translated(
            "<p>Lesmateriaal bij de #STEMhelden-video's voor leerlingen van 10 tot 14 jaar: "
            "een lesidee, een werkblad en de eindtermen waaraan je werkt. Kies hieronder de "
            "leeftijd, het STEM-domein of een eindterm.</p>",
            "<p>Classroom material for the #STEMhelden videos, for pupils aged 10 to 14: a "
            "lesson idea, a worksheet and the attainment targets you work on. Choose an age, "
            "a STEM domain or an attainment target below.</p>",
        ),
        listing_summary=translated(
            "Lesideeën en werkbladen bij de video's, per leeftijd en eindterm.",
            "Lesson ideas and worksheets for the videos, by age and attainment target.",
        ),
        show_in_menus=True,
    )
    if created:
        context.count("classroom pages")
    return index


def point_teachers_here(context, index):
    """The home page's 'for teachers' entry point led to the videos until this section existed."""
    videos = VideoIndexPage.objects.child_of(context.home).first()
    if videos is None:
        return
    HomeEntryPoint.objects.filter(
        home_page=context.home, audience="teachers", link_page=videos
    ).update(link_page=index)


def _pair(value, language):
    return value[0] if language == "nl" else value[1]


def _lesson(material, language):
    experiment = material.get("experiment")
    if experiment:
        experiment = {
            key: _pair(value, language) if isinstance(value, tuple) else value
            for key, value in experiment.items()
        }
    return lesson_blocks(
        introduction=_pair(material["introduction"], language),
        steps=[
            (_pair(title, language), _pair(text, language), minutes)
            for title, text, minutes in material["steps"]
        ],
        questions=_pair(material["questions"], language),
        experiment=experiment,
    )


def _worksheets(material, video):
    sheets = []
    for language, name_label, heading, footer in (
        ("nl", "Naam", "Werkblad", "Lesmateriaal bij de #STEMhelden-video"),
        ("en", "Name", "Worksheet", "Classroom material for the #STEMhelden video"),
    ):
        title = _pair(material["title"], language)
        video_title = getattr(video, f"title_{language}") or video.title
        sheets.append(
            make_worksheet(
                f"{heading}: {title}",
                f"{heading.lower()}-{_pair(material['slug'], language)}.pdf",
                language=language,
                subtitle=_pair(material["intro"], language),
                tasks=_pair(material["tasks"], language),
                name_label=name_label,
                footer=f"{footer} '{video_title}'",
                table=_pair(material["table"], language) if "table" in material else None,
            )
        )
    return sheets


def load_materials(context, index, vocabulary):
    levels, domains, targets = vocabulary
    existing = set(ClassroomMaterialPage.objects.child_of(index).values_list("slug_nl", flat=True))
    videos = {
        video.slug_nl: video for video in VideoPage.objects.filter(slug_nl__in=EXPECTED_VIDEO_SLUGS)
    }
    for material in MATERIALS:
        slug = translated(*material["slug"])
        video = videos.get(material["video"])
        if slug["nl"] in existing or video is None:
            continue
        min_age, max_age = material["ages"]
        _, created = add_material(
            index,
            video=video,
            slug=slug,
            title=translated(*material["title"]),
            intro=translated(*material["intro"]),
            listing_summary=translated(*material["intro"]),
            subject=translated(*material["subject"]),
            duration=material["duration"],
            min_age=min_age,
            max_age=max_age,
            school_levels=[levels[s] for s in material["levels"]],
            stem_domains=[domains[s] for s in material["domains"]],
            attainment_targets=[targets[c] for c in material["targets"]],
            lesson=translated(_lesson(material, "nl"), _lesson(material, "en")),
            worksheets=_worksheets(material, video),
        )
        if created:
            context.count("classroom materials")


@transaction.atomic
def load(context):
    vocabulary = ensure_vocabulary()
    index = load_index(context)
    point_teachers_here(context, index)
    load_materials(context, index, vocabulary)
    return context
