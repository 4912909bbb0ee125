"""Demo step of the videos: the section page (skeleton), then the vocabulary, signposts and
the 24 #STEMhelden videos of demo/videos.yaml with locally drawn posters and logos.

Vocabulary, signposts and videos are only created when their slug is missing, and a poster only
for a video that is created.
"""

from partners.models import PartnerPage
from stemhub.demo import add_child_page
from stemhub.demo.schema import (
    Choice,
    Colour,
    Integer,
    ListOf,
    Mapping,
    Records,
    Ref,
    Slug,
    Text,
    Translated,
)
from stemhub.models.home import Audience, HomeEntryPoint
from taxonomy.models import Sector

from .choices import EducationLevel
from .factories import ensure_education_routes, ensure_profile_types, make_image, make_video
from .models import (
    CollectionVideo,
    Reporter,
    ReporterIndexPage,
    Signpost,
    VideoCollectionPage,
    VideoHero,
    VideoIndexPage,
    VideoPage,
)

SECTION_PAGE = VideoIndexPage
DEFAULT_POSTER_COLOUR = (45, 42, 140)


def _terms(list_name, **extra):
    return Mapping(
        {list_name: Records(Mapping({"slug": Slug(), "name": Translated(), **extra}), key="slug")}
    )


HERO = Mapping(
    {
        "name": Translated(),
        "job_title": Translated(),
        "profile_type": Ref(("profile_types.yaml", "profile_types", "slug")),
        "education_route": Ref(("education_routes.yaml", "education_routes", "slug")),
        "gender": Choice([value for value in VideoHero.Gender.values if value]),
        "studies": Translated(),
        "quote": Translated(),
        "career_path": Translated().optional(),
    }
)
VIDEO = Mapping(
    {
        "slug": Translated(Slug()),
        "title": Translated(),
        "intro": Translated(),
        "year": Integer(2000, 2100),
        "series": Integer(1),
        "company": Ref(
            ("partners.yaml", "partners", "slug"), ("companies.yaml", "companies", "slug")
        ),
        "duration": Integer(1, 3600),
        "video_url": Text(),
        "sectors": ListOf(Ref(("sectors.yaml", "sectors", "slug"))),
        "signposts": ListOf(Ref(("signposts.yaml", "signposts", "slug"))),
        # The signpost with purpose: a page about exactly this job or study, and why it helps.
        "deep_link": Mapping(
            {
                "signpost": Ref(("signposts.yaml", "signposts", "slug")),
                "url": Text(),
                "why": Translated(),
            }
        ),
        "reporter": Ref(("reporters.yaml", "reporters", "slug")),
        "heroes": ListOf(HERO),
    }
)
REPORTERS = Mapping(
    {
        "page": Mapping({"slug": Translated(Slug()), "title": Translated(), "intro": Translated()}),
        "reporters": Records(
            Mapping(
                {
                    "slug": Slug(),
                    "first_name": Text(),
                    "age": Integer(6, 18),
                    "school_or_town": Text().optional(),
                }
            ),
            key="slug",
        ),
    }
)
DEMO_FILES = {
    "profile_types.yaml": _terms("profile_types"),
    "education_routes.yaml": _terms(
        "education_routes",
        description=Translated(),
        level=Choice(EducationLevel.values),
        explanation=Translated(),
        onderwijskiezer_url=Text(),
        vdab_url=Text().optional(),
    ),
    "signposts.yaml": _terms(
        "signposts",
        url=Text(),
        audience=Choice(Signpost.Audience.values),
        description=Translated(),
        logo_colour=Colour(),
    ),
    "reporters.yaml": REPORTERS,
    "collections.yaml": Mapping(
        {
            "collections": Records(
                Mapping(
                    {
                        "slug": Translated(Slug()),
                        "title": Translated(),
                        "intro": Translated(),
                        "videos": ListOf(Ref(("videos.yaml", "videos", "slug.nl"))),
                        "home_entry_point": Mapping(
                            {
                                "heading": Translated(),
                                "text": Translated(),
                                "link_label": Translated(),
                            }
                        ),
                    }
                ),
                key="slug.nl",
            )
        }
    ),
    "videos.yaml": Mapping(
        {
            "transcript": Mapping(
                {"heading": Translated(), "reporter": Translated(), "question": Translated()}
            ),
            "videos": Records(VIDEO, key="slug.nl"),
        }
    ),
}


def load_signposts(context):
    signposts = {}
    for order, record in enumerate(context.files["signposts.yaml"]["signposts"]):
        signpost = Signpost.objects.filter(slug=record["slug"]).first()
        if signpost is None:
            name, description = record["name"], record["description"]
            logo = make_image(
                f"Logo {name['nl']} (demo)",
                lines=[name["nl"]],
                colour=record["logo_colour"],
                size=(320, 160),
                label="demo",
            )
            signpost = Signpost.objects.create(
                slug=record["slug"],
                name=name["nl"],
                name_nl=name["nl"],
                name_en=name["en"],
                url=record["url"],
                url_nl=record["url"],
                audience=record["audience"],
                description=description["nl"],
                description_nl=description["nl"],
                description_en=description["en"],
                logo=logo,
                sort_order=order,
            )
            context.count("signposts")
        signposts[record["slug"]] = signpost
    return signposts


def demo_transcript(lines, video, language):
    """A short stand-in transcript in one language, clearly marked as demo text."""
    reporter = lines["reporter"][language]
    text = [lines["heading"][language], f"{reporter}: {lines['question'][language]}"]
    for hero in video["heroes"]:
        text.append(f"{hero['name'][language]}: {hero['quote'][language]}")
    text.append(f"{reporter}: {video['intro'][language]}")
    return "\n\n".join(text)


def _pair(value):
    return value["nl"], value["en"]


def load(context):
    index = context.sections["videos"]
    sector_records = context.files["sectors.yaml"]["sectors"]
    colours = {record["slug"]: record["poster_colour"] for record in sector_records}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    companies = {
        page.slug_nl: page for page in PartnerPage.objects.child_of(context.sections["partners"])
    }
    profiles = ensure_profile_types()
    routes = ensure_education_routes()
    signposts = load_signposts(context)
    reporters = load_reporters(context)
    data = context.files["videos.yaml"]

    existing = set(VideoPage.objects.child_of(index).values_list("slug_nl", flat=True))
    for number, video in enumerate(data["videos"], start=1):
        if video["slug"]["nl"] in existing:
            continue
        poster = make_image(
            f"Poster {video['title']['nl']} (demo)",
            colour=colours.get(video["sectors"][0], DEFAULT_POSTER_COLOUR),
            # Posters serve both languages, so they carry no words, only the series and number.
            lines=["#STEMhelden", f"{video['year']} · {number:02d}"],
            label="demo",
        )
        heroes = [
            {
                "name": _pair(hero["name"]),
                "job_title": _pair(hero["job_title"]),
                "studies": _pair(hero["studies"]),
                "quote": _pair(hero["quote"]),
                "career_path": _pair(hero.get("career_path", {"nl": "", "en": ""})),
                "profile_type": profiles[hero["profile_type"]],
                "education_route": routes[hero["education_route"]],
                "gender": hero["gender"],
            }
            for hero in video["heroes"]
        ]
        make_video(
            index,
            video["title"]["nl"],
            slug=video["slug"]["nl"],
            title_en=video["title"]["en"],
            slug_en=video["slug"]["en"],
            intro=_pair(video["intro"]),
            transcript=(
                demo_transcript(data["transcript"], video, "nl"),
                demo_transcript(data["transcript"], video, "en"),
            ),
            year=video["year"],
            series=video["series"],
            sectors=[sectors[s] for s in video["sectors"] if s in sectors],
            company=companies.get(video["company"]),
            heroes=heroes,
            signposts=_signpost_links(video, signposts),
            reporter=reporters[video["reporter"]],
            poster=poster,
            listing_image=poster,  # the home page's spotlight cards use the listing image
            video_url=video["video_url"],
            duration=video["duration"],
            is_placeholder=True,
        )
        context.count("videos")
    load_collections(context)


def _signpost_links(video, signposts):
    """The video's signposts in order; the one with the deep link carries it and its why
    (added first when the video's list does not name it)."""
    deep = video["deep_link"]
    slugs = list(video["signposts"])
    if deep["signpost"] not in slugs:
        slugs.insert(0, deep["signpost"])
    return [
        (signposts[slug], deep["why"]["nl"], deep["why"]["en"], deep["url"])
        if slug == deep["signpost"]
        else signposts[slug]
        for slug in slugs
    ]


def load_reporters(context):
    """The child reporters (found again by name, age and place) and the "our reporters" page."""
    data = context.files["reporters.yaml"]
    reporters = {}
    for record in data["reporters"]:
        reporters[record["slug"]], created = Reporter.objects.get_or_create(
            first_name=record["first_name"],
            age=record["age"],
            school_or_town=record.get("school_or_town", ""),
        )
        if created:
            context.count("reporters")
    page = data["page"]
    add_child_page(
        context.home, ReporterIndexPage, page["slug"], page["title"], intro=page["intro"]
    )
    return reporters


def load_collections(context):
    """The curated collections ("Vrouwen in STEM"), their videos and a home-page entry each."""
    videos = {page.slug_nl: page for page in VideoPage.objects.child_of(context.sections["videos"])}
    for record in context.files["collections.yaml"]["collections"]:
        page, created = add_child_page(
            context.home,
            VideoCollectionPage,
            record["slug"],
            record["title"],
            intro=record["intro"],
            collection_videos=[
                CollectionVideo(video=videos[slug], sort_order=order)
                for order, slug in enumerate(record["videos"])
                if slug in videos
            ],
        )
        if created:
            context.count("collections")
        entry = record["home_entry_point"]
        if not context.home.entry_points.filter(link_page=page).exists():
            HomeEntryPoint.objects.create(
                home_page=context.home,
                sort_order=10,
                audience=Audience.PARENTS,
                link_page=page,
                **{
                    f"{name}{suffix}": entry[name][language]
                    for name in ("heading", "text", "link_label")
                    for suffix, language in (("", "nl"), ("_nl", "nl"), ("_en", "en"))
                },
            )
