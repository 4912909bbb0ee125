"""One page of every public type, in both languages, for the site-wide hardening tests."""

from dataclasses import dataclass, field

from classroom.demo import load_index
from classroom.factories import add_material, ensure_vocabulary
from initiatives.factories import create_initiative
from stemhub.demo import add_child_page
from stemhub.models import AboutPage
from videos.factories import make_video
from videos.models import CollectionVideo, Reporter, ReporterIndexPage, VideoCollectionPage

from ..shared_content import ensure_all_unless_committed


@dataclass
class PublicPages:
    urls: dict = field(default_factory=dict)  # page type: (Dutch URL, English URL)

    def all_urls(self):
        return [url for pair in self.urls.values() for url in pair]

    def dutch_urls(self):
        return [dutch for dutch, _english in self.urls.values()]

    def english_urls(self):
        return [english for _dutch, english in self.urls.values()]


def build_public_pages(site_tree):
    ensure_vocabulary()
    ensure_all_unless_committed()
    video, _created = make_video(
        site_tree.sections["videos"],
        "Helden van de recyclage",
        slug="helden-recyclage",
        title_en="Recycling heroes",
        slug_en="recycling-heroes",
        reporter=Reporter.objects.create(first_name="Lotte", age=11, school_or_town="Gent"),
    )
    home = site_tree.home
    add_child_page(
        home,
        ReporterIndexPage,
        {"nl": "onze-reporters", "en": "our-reporters"},
        {"nl": "Onze reporters", "en": "Our reporters"},
    )
    add_child_page(
        home,
        VideoCollectionPage,
        {"nl": "vrouwen-in-stem", "en": "women-in-stem"},
        {"nl": "Vrouwen in STEM", "en": "Women in STEM"},
        collection_videos=[CollectionVideo(video=video, sort_order=0)],
    )
    add_child_page(
        home,
        AboutPage,
        {"nl": "over-stemhelden", "en": "about-stemhelden"},
        {"nl": "Over #STEMhelden", "en": "About #STEMhelden"},
        body={
            "nl": [{"type": "section", "value": {"heading": "Waarom", "text": "<p>Tekst</p>"}}],
            "en": [{"type": "section", "value": {"heading": "Why", "text": "<p>Text</p>"}}],
        },
    )
    classroom = load_index(site_tree)
    add_material(
        classroom,
        video=video,
        slug={"nl": "les-recyclage", "en": "recycling-lesson"},
        title={"nl": "Les recyclage", "en": "Recycling lesson"},
    )
    create_initiative(
        site_tree.sections["initiatives"],
        "robotkamp",
        title="Robotkamp",
        title_en="Robot camp",
        slug_en="robot-camp",
        status="running",
    )
    pages = PublicPages()
    pages.urls = {
        "home": ("/nl/", "/en/"),
        "video browse": ("/nl/videos/", "/en/videos/"),
        "video": ("/nl/videos/helden-recyclage/", "/en/videos/recycling-heroes/"),
        "classroom browse": ("/nl/klas/", "/en/classroom/"),
        "lesson": ("/nl/klas/les-recyclage/", "/en/classroom/recycling-lesson/"),
        "initiative browse": ("/nl/initiatieven/", "/en/initiatives/"),
        "initiative": ("/nl/initiatieven/robotkamp/", "/en/initiatives/robot-camp/"),
        "partner directory": ("/nl/partners/", "/en/partners/"),
        "partner": ("/nl/partners/umicore/", "/en/partners/umicore/"),
        "video submission": ("/nl/partners/video-indienen/", "/en/partners/submit-video/"),
        "initiative proposal": ("/nl/initiatieven/voorstellen/", "/en/initiatives/propose/"),
        "search": ("/nl/zoeken/?q=robot", "/en/search/?q=robot"),
        "reporters": ("/nl/onze-reporters/", "/en/our-reporters/"),
        "collection": ("/nl/vrouwen-in-stem/", "/en/women-in-stem/"),
        "about": ("/nl/over-stemhelden/", "/en/about-stemhelden/"),
    }
    return pages
