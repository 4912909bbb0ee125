"""Demo content for the videos: the 24 #STEMhelden videos of the 2020 and 2021 series.

Idempotent like the rest of `load_demo`: vocabulary, companies and videos are only created
when their slug is missing, and posters only for videos that are created.
"""

from django.db import transaction

from partners.models import PartnerPage
from stemhub.demo import add_child_page, feature_pages, translated
from taxonomy.models import Sector

from .demo_data import DEMO_COMPANIES, SIGNPOSTS, VIDEOS
from .factories import ensure_education_routes, ensure_profile_types, make_image, make_video
from .models import Signpost, VideoPage

SECTOR_COLOURS = {
    "materialen-recyclage": (29, 107, 58),
    "automobiel": (110, 40, 30),
    "bouw": (138, 75, 0),
    "defensie": (55, 70, 45),
    "gezondheid-noodhulp": (176, 0, 32),
    "energie": (170, 95, 0),
    "financien-bank": (20, 70, 110),
    "ict-cyberveiligheid": (45, 42, 140),
    "arbeidsmarkt-overheid": (0, 95, 115),
    "robotica-industrie": (70, 70, 90),
    "chemie-biotech": (100, 30, 120),
    "media": (150, 20, 90),
    "onderwijs": (27, 31, 59),
}
FEATURED_SLUGS = [
    "germanium-recycleren-in-olen",
    "zeemijnen-onschadelijk-maken",
    "zonnecellen-maken",
]


def load_signposts(context):
    signposts = {}
    for order, (slug, nl, en, url, audience, desc_nl, desc_en, colour) in enumerate(SIGNPOSTS):
        signpost = Signpost.objects.filter(slug=slug).first()
        if signpost is None:
            logo = make_image(
                f"Logo {nl} (demo)", lines=[nl], colour=colour, size=(320, 160), label="demo"
            )
            signpost = Signpost.objects.create(
                slug=slug,
                name=nl,
                name_nl=nl,
                name_en=en,
                url=url,
                url_nl=url,
                audience=audience,
                description=desc_nl,
                description_nl=desc_nl,
                description_en=desc_en,
                logo=logo,
                sort_order=order,
            )
            context.count("signposts")
        signposts[slug] = signpost
    return signposts


def load_demo_companies(context, sectors):
    partners = context.sections["partners"]
    for slug, name, sector_slugs in DEMO_COMPANIES:
        _, created = add_child_page(
            partners,
            PartnerPage,
            translated(slug, slug),
            translated(name, name),
            kind=PartnerPage.Kind.COMPANY,
            short_description=translated(
                "Fictief demobedrijf: staat in voor een bedrijf uit de #STEMhelden-reeks.",
                "Fictional demo company standing in for a company in the #STEMhelden series.",
            ),
            sectors=[sectors[s] for s in sector_slugs if s in sectors],
        )
        if created:
            context.count("demo companies")
    return {page.slug_nl: page for page in PartnerPage.objects.child_of(partners)}


def demo_transcript(video, language):
    """A short stand-in transcript in the right language, clearly marked as demo text."""
    i = 0 if language == "nl" else 1
    reporter = "Kindreporter" if language == "nl" else "Child reporter"
    question = (
        "Wat doen jullie hier samen?" if language == "nl" else "What do you do here together?"
    )
    lines = [
        "(Demo-transcript)" if language == "nl" else "(Demo transcript)",
        f"{reporter}: {question}",
    ]
    for hero in video["heroes"]:
        lines.append(f"{hero['name'][i]}: {hero['quote'][i]}")
    lines.append(f"{reporter}: {video['intro'][i]}")
    return "\n\n".join(lines)


@transaction.atomic
def load(context):
    index = context.sections["videos"]
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    profiles = ensure_profile_types()
    routes = ensure_education_routes()
    signposts = load_signposts(context)
    companies = load_demo_companies(context, sectors)

    existing = set(VideoPage.objects.child_of(index).values_list("slug_nl", flat=True))
    for number, video in enumerate(VIDEOS, start=1):
        if video["slug"] in existing:
            continue
        first_sector = video["sectors"][0]
        poster = make_image(
            f"Poster {video['title'][0]} (demo)",
            colour=SECTOR_COLOURS.get(first_sector, (45, 42, 140)),
            # Posters serve both languages, so they carry no words, only the series and number.
            lines=["#STEMhelden", f"{video['year']} · {number:02d}"],
            label="demo",
        )
        heroes = []
        for position, hero in enumerate(video["heroes"]):
            heroes.append(
                {
                    "name": hero["name"],
                    "job_title": hero["job_title"],
                    "studies": hero["studies"],
                    "quote": hero["quote"],
                    "profile_type": profiles["theoretisch" if position == 0 else "praktisch"],
                    "education_route": routes[hero["route"]],
                    # Demo balance: alternate who is the woman in each pair.
                    "gender": ("woman", "man")[(number + position) % 2],
                }
            )
        make_video(
            index,
            video["title"][0],
            slug=video["slug"],
            title_en=video["title"][1],
            slug_en=video["slug_en"],
            intro=video["intro"],
            transcript=(demo_transcript(video, "nl"), demo_transcript(video, "en")),
            year=video["year"],
            series=video["series"],
            sectors=[sectors[s] for s in video["sectors"] if s in sectors],
            company=companies.get(video["company"]),
            heroes=heroes,
            signposts=[signposts[s] for s in video["signposts"]],
            poster=poster,
            listing_image=poster,  # the home page's spotlight cards use the listing image
            video_url=f"https://www.youtube.com/watch?v=stemdemo{number:03d}",
            duration=video["duration"],
            is_placeholder=True,
        )
        context.count("videos")

    featured = list(VideoPage.objects.child_of(index).filter(slug_nl__in=FEATURED_SLUGS))
    featured.sort(key=lambda page: FEATURED_SLUGS.index(page.slug_nl))
    feature_pages(context, featured)
