"""Demo content: the full self-test from demo/selftest.yaml, Dutch and English side by side.

Idempotent like the rest of `load_demo`: the page is only created when it is missing, so an
editor's changes are never overwritten. Every record is checked first; a mistake in the data
file stops the loader with the file, the record and what is wrong.
"""

import uuid
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction

from stemhub.demo import add_child_page
from stemhub.demo.schema import Choice, ListOf, Mapping, Slug, Translated, Validator
from stemhub.models import HomeEntryPoint
from stemhub.models.home import Audience
from taxonomy.models import Sector
from videos.models import EducationRoute, ProfileType, Signpost

from .blocks import MAX_ANSWERS, MIN_ANSWERS
from .icons import ICON_NAMES
from .models import SelfTestPage, SelfTestSectorText

DATA_FILE = Path(settings.BASE_DIR) / "demo" / "selftest.yaml"


class DemoDataError(ValueError):
    """A record in the data file that cannot be loaded; the message names file and record."""


class SectorPoints(Validator):
    """{sector slug: 1, 2 or 3 points}"""

    def __call__(self, value, where, files):
        if not isinstance(value, dict) or not value:
            where.fail("expected sector slugs with 1, 2 or 3 points")
        for slug, points in value.items():
            if isinstance(points, bool) or not isinstance(points, int) or not 1 <= points <= 3:
                (where / str(slug)).fail("points must be 1, 2 or 3")
        return dict(value)


class TranslatedBySlug(Validator):
    """{sector slug: {nl: …, en: …}}"""

    def __call__(self, value, where, files):
        if not isinstance(value, dict):
            where.fail("expected sector slugs, each with a Dutch and an English text")
        return {slug: Translated()(text, where / str(slug), files) for slug, text in value.items()}


_ANSWER = Mapping(
    {
        "text": Translated(),
        "icon": Choice(sorted(ICON_NAMES)).optional(),
        "sectors": SectorPoints(),
        "profile": Slug().optional(),
        "routes": ListOf(Slug(), allow_empty=True),
    }
)
_PAGE = Mapping(
    {
        "slug": Translated(),
        "title": Translated(),
        "intro": Translated(),
        "listing_summary": Translated(),
        "result_intro": Translated(),
        "teacher_note": Translated(),
        "parent_signposts": ListOf(Slug()),
    }
)
# Registered with the demo loader (stemhub/demo/runner.py): checked before anything is written.
DEMO_FILES = {
    "selftest.yaml": Mapping(
        {
            "page": _PAGE,
            "home_entry_point": Mapping(
                {"heading": Translated(), "text": Translated(), "link_label": Translated()}
            ),
            "sector_texts": TranslatedBySlug(),
            "questions": ListOf(Mapping({"text": Translated(), "answers": ListOf(_ANSWER)})),
        }
    )
}


def read_data(path=DATA_FILE):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _both(value, where, path):
    if not (isinstance(value, dict) and value.get("nl")):
        raise DemoDataError(f"{path}: {where}: needs a Dutch text (nl: …) and an English one")
    return value["nl"], value.get("en") or ""


def _lookup(model, slug, where, path):
    found = model.objects.filter(slug=slug).first()
    if found is None:
        raise DemoDataError(
            f"{path}: {where}: unknown {model._meta.verbose_name} '{slug}' "
            "(load the videos' demo content first, or fix the slug)"
        )
    return found


def _item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def stream_from(data, path=DATA_FILE):
    """The questions as raw StreamField data, with slugs resolved to ids; checks every record."""
    questions = data.get("questions") or []
    found = {}  # (model, slug) -> term: the answers name the same sectors again and again

    def lookup(model, slug, where):
        if (model, slug) not in found:
            found[model, slug] = _lookup(model, slug, where, path)
        return found[model, slug]

    if not 6 <= len(questions) <= 8:
        raise DemoDataError(f"{path}: questions: give 6 to 8 questions, not {len(questions)}")
    stream = []
    for q_number, question in enumerate(questions, start=1):
        where = f"question {q_number}"
        text_nl, text_en = _both(question.get("text"), where, path)
        answers = question.get("answers") or []
        if not MIN_ANSWERS <= len(answers) <= MAX_ANSWERS:
            raise DemoDataError(f"{path}: {where}: give 3 or 4 answers, not {len(answers)}")
        raw_answers = []
        for a_number, answer in enumerate(answers, start=1):
            a_where = f"{where}, answer {a_number}"
            a_nl, a_en = _both(answer.get("text"), a_where, path)
            icon = answer.get("icon") or ""
            if icon and icon not in ICON_NAMES:
                raise DemoDataError(f"{path}: {a_where}: unknown drawing '{icon}'")
            sectors = answer.get("sectors") or {}
            if not sectors:
                raise DemoDataError(f"{path}: {a_where}: give at least one sector with points")
            weights = []
            for slug, points in sectors.items():
                if not (isinstance(points, int) and 1 <= points <= 3):
                    raise DemoDataError(f"{path}: {a_where}: points for '{slug}' must be 1, 2 or 3")
                sector = lookup(Sector, slug, a_where)
                weights.append(_item({"sector": sector.pk, "points": points}))
            profile = answer.get("profile")
            profile_id = lookup(ProfileType, profile, a_where).pk if profile else None
            routes = [
                _item(lookup(EducationRoute, slug, a_where).pk)
                for slug in answer.get("routes") or []
            ]
            raw_answers.append(
                _item(
                    {
                        "text_nl": a_nl,
                        "text_en": a_en,
                        "icon": icon,
                        "sectors": weights,
                        "profile_type": profile_id,
                        "education_routes": routes,
                    }
                )
            )
        stream.append(
            {
                "type": "question",
                "id": str(uuid.uuid4()),
                "value": {"text_nl": text_nl, "text_en": text_en, "answers": raw_answers},
            }
        )
    return stream


def _translated(data, name, path):
    nl, en = _both(data.get(name), f"page, {name}", path)
    return {"nl": nl, "en": en}


@transaction.atomic
def load(context, path=None):
    """The demo engineer's runner hands over the checked file; `path` reads another one."""
    files = getattr(context, "files", None)
    if path is None and files is not None:
        data, path = files["selftest.yaml"], "demo/selftest.yaml"
    else:
        path = path or DATA_FILE
        data = read_data(path)
    page_data = data.get("page") or {}
    stream = stream_from(data, path)
    signposts = [
        _lookup(Signpost, slug, "page, parent_signposts", path)
        for slug in page_data.get("parent_signposts") or []
    ]
    sector_texts = [
        (_lookup(Sector, slug, f"sector_texts, {slug}", path), _both(text, slug, path))
        for slug, text in (data.get("sector_texts") or {}).items()
    ]

    page, created = add_child_page(
        context.home,
        SelfTestPage,
        _translated(page_data, "slug", path),
        _translated(page_data, "title", path),
        intro=_translated(page_data, "intro", path),
        result_intro=_translated(page_data, "result_intro", path),
        teacher_note=_translated(page_data, "teacher_note", path),
        listing_summary=_translated(page_data, "listing_summary", path),
        questions=stream,
        parent_signposts=signposts,
        # Inlines go in with the page, so the published revision editors open has them too.
        sector_texts=[
            SelfTestSectorText(
                sector=sector, sort_order=order, sentence=nl, sentence_nl=nl, sentence_en=en
            )
            for order, (sector, (nl, en)) in enumerate(sector_texts)
        ],
    )
    if created:
        context.count("self-tests")
    _add_home_entry_point(context.home, page, data.get("home_entry_point"), path)
    context.sections["selftest"] = page
    return page


def _add_home_entry_point(home, page, entry, path):
    """The children's way in on the home page, once."""
    if not entry or home.entry_points.filter(link_page=page).exists():
        return
    heading = _both(entry.get("heading"), "home_entry_point, heading", path)
    text = _both(entry.get("text"), "home_entry_point, text", path)
    label = _both(entry.get("link_label"), "home_entry_point, link_label", path)
    HomeEntryPoint.objects.create(
        home_page=home,
        sort_order=-1,  # children first: the test is their way in
        audience=Audience.CHILDREN,
        link_page=page,
        heading=heading[0],
        heading_nl=heading[0],
        heading_en=heading[1],
        text=text[0],
        text_nl=text[0],
        text_en=text[1],
        link_label=label[0],
        link_label_nl=label[0],
        link_label_en=label[1],
    )
