"""Demo step of the classroom: its vocabulary, its section page and the lessons of
demo/lessons.yaml, each with a PDF worksheet per language generated locally.

Runs after the videos. A lesson is attached to the video with its Dutch slug; when that video
does not exist (an editor removed it, or a test built only a few videos) the lesson is left out.
Everything is created only when missing, so loading twice creates nothing new.
"""

from stemhub.demo import add_section, relink_entry_points
from stemhub.demo.schema import (
    Integer,
    ListOf,
    Mapping,
    Records,
    Ref,
    Slug,
    Text,
    Translated,
    Validator,
)
from videos.models import VideoPage

from .factories import add_material, ensure_vocabulary, lesson_blocks, make_worksheet
from .models import ClassroomIndexPage, ClassroomMaterialPage


def _terms(list_name):
    return Mapping(
        {list_name: Records(Mapping({"slug": Slug(), "name": Translated()}), key="slug")}
    )


TEXTS = Translated(ListOf(Text()))


class _Cell(Validator):
    """A table cell given to the pupils; an empty one ('') is left for them to write in."""

    def __call__(self, value, where, files):
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            where.fail(f"expected a text or '' for an empty cell, found {value!r}")
        return str(value).strip()


class _WorksheetTable(Mapping):
    """The table a lesson's steps ask pupils to fill in, printed on its worksheet."""

    def __call__(self, value, where, files):
        clean = super().__call__(value, where, files)
        shapes = {}
        for language in ("nl", "en"):
            width = len(clean["columns"][language])
            for number, row in enumerate(clean["rows"][language], 1):
                if len(row) > width:
                    (where / "rows" / language / f"item {number}").fail(
                        f"has {len(row)} cells but the table has {width} columns"
                    )
            shapes[language] = (width, len(clean["rows"][language]))
        if shapes["nl"] != shapes["en"]:
            where.fail(
                "the Dutch and English tables differ in size "
                f"(columns, rows: nl {shapes['nl']}, en {shapes['en']})"
            )
        return clean


WORKSHEET_TABLE = _WorksheetTable(
    {
        "title": Translated(),
        "columns": TEXTS,
        "rows": Translated(ListOf(ListOf(_Cell()))),
        "blank_rows": Integer(0, 12).optional(),
    }
)


def worksheet_table(table, language):
    """(header cells, rows) in one language, every row as wide as the header, blank rows added."""
    columns = table["columns"][language]
    rows = [row + [""] * (len(columns) - len(row)) for row in table["rows"][language]]
    rows += [[""] * len(columns) for _blank in range(table.get("blank_rows", 0))]
    return columns, rows


class _Lesson(Mapping):
    def __call__(self, value, where, files):
        clean = super().__call__(value, where, files)
        if clean["min_age"] > clean["max_age"]:
            where.fail(f"min_age {clean['min_age']} is above max_age {clean['max_age']}")
        return clean


LESSON = _Lesson(
    {
        "video": Ref(("videos.yaml", "videos", "slug.nl")),
        "slug": Translated(Slug()),
        "title": Translated(),
        "intro": Translated(),
        "subject": Translated(),
        "min_age": Integer(6, 18),
        "max_age": Integer(6, 18),
        "duration": Integer(5, 600),
        "school_levels": ListOf(Ref(("school_levels.yaml", "school_levels", "slug"))),
        "stem_domains": ListOf(Ref(("stem_domains.yaml", "stem_domains", "slug"))),
        "attainment_targets": ListOf(
            Ref(("attainment_targets.yaml", "attainment_targets", "code"))
        ),
        "introduction": Translated(),
        "steps": ListOf(
            Mapping({"title": Translated(), "instruction": Translated(), "minutes": Integer(1)})
        ),
        "experiment": Mapping(
            {
                "title": Translated(),
                "materials": TEXTS,
                "steps": TEXTS,
                "safety": Translated().optional(),
                "explanation": Translated().optional(),
            }
        ).optional(),
        "questions": TEXTS,
        "worksheet_table": WORKSHEET_TABLE.optional(),
        "tasks": TEXTS,
    }
)
DEMO_FILES = {
    "school_levels.yaml": _terms("school_levels"),
    "stem_domains.yaml": _terms("stem_domains"),
    "attainment_targets.yaml": Mapping(
        {
            "note": Translated(),
            "attainment_targets": Records(
                Mapping({"code": Text(), "short_name": Translated(), "description": Translated()}),
                key="code",
            ),
        }
    ),
    "lessons.yaml": Mapping(
        {
            "worksheet": Mapping(
                {"heading": Translated(), "name_label": Translated(), "footer": Translated()}
            ),
            "lessons": Records(LESSON, key="slug.nl"),
        }
    ),
}


def load_index(context):
    index, created = add_section(context, "classroom", ClassroomIndexPage)
    if created:
        context.count("classroom pages")
    return index


def _lesson(lesson, language):
    experiment = lesson.get("experiment")
    if experiment:
        experiment = {key: value[language] for key, value in experiment.items()}
    return lesson_blocks(
        introduction=lesson["introduction"][language],
        steps=[
            (step["title"][language], step["instruction"][language], step["minutes"])
            for step in lesson["steps"]
        ],
        questions=lesson["questions"][language],
        experiment=experiment,
    )


def _worksheets(texts, lesson, video):
    sheets = []
    for language in ("nl", "en"):
        heading = texts["heading"][language]
        title = lesson["title"][language]
        video_title = getattr(video, f"title_{language}") or video.title
        table = lesson.get("worksheet_table")
        sheets.append(
            make_worksheet(
                f"{heading}: {title}",
                f"{heading.lower()}-{lesson['slug'][language]}.pdf",
                language=language,
                subtitle=lesson["intro"][language],
                tasks=lesson["tasks"][language],
                table=worksheet_table(table, language) if table else None,
                table_title=table["title"][language] if table else "",
                name_label=texts["name_label"][language],
                footer=f"{texts['footer'][language]} '{video_title}'",
            )
        )
    return sheets


def load_lessons(context, index, vocabulary):
    levels, domains, targets = vocabulary
    data = context.files["lessons.yaml"]
    existing = set(ClassroomMaterialPage.objects.child_of(index).values_list("slug_nl", flat=True))
    wanted = {lesson["video"] for lesson in data["lessons"]}
    videos = {video.slug_nl: video for video in VideoPage.objects.filter(slug_nl__in=wanted)}
    for lesson in data["lessons"]:
        video = videos.get(lesson["video"])
        if lesson["slug"]["nl"] in existing or video is None:
            continue
        _, created = add_material(
            index,
            video=video,
            slug=lesson["slug"],
            title=lesson["title"],
            intro=lesson["intro"],
            listing_summary=lesson["intro"],
            subject=lesson["subject"],
            duration=lesson["duration"],
            min_age=lesson["min_age"],
            max_age=lesson["max_age"],
            school_levels=[levels[s] for s in lesson["school_levels"]],
            stem_domains=[domains[s] for s in lesson["stem_domains"]],
            attainment_targets=[targets[c] for c in lesson["attainment_targets"]],
            lesson={"nl": _lesson(lesson, "nl"), "en": _lesson(lesson, "en")},
            worksheets=_worksheets(data["worksheet"], lesson, video),
        )
        if created:
            context.count("classroom materials")


def load(context):
    vocabulary = ensure_vocabulary()
    index = load_index(context)
    relink_entry_points(context)  # the teachers' entry point led to the videos until now
    load_lessons(context, index, vocabulary)
    return context
