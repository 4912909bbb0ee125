"""Pages to search for, built with the shared factories; the index follows their publishing."""

import pytest
from django.db import connection
from django.utils.html import strip_tags

from initiatives.factories import create_initiative
from videos.factories import make_video

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL text search configurations"
)

SEARCH = {"nl": "/nl/zoeken/", "en": "/en/search/"}


@pytest.fixture
def videos(site_tree):
    return site_tree.sections["videos"]


@pytest.fixture
def solar(videos):
    return build_solar(videos)


def build_solar(videos):
    return make_video(
        videos,
        "De zonnecel",
        title_en="The solar battery",
        slug_en="the-solar-battery",
        intro=("Stroom uit licht.", "Power from light."),
        transcript=("We bouwen een kleine centrale.", "We build a small power plant."),
    )[0]


@pytest.fixture
def vault(videos):
    return make_video(
        videos,
        "Geld veilig bewaren",
        title_en="Keeping money safe",
        slug_en="keeping-money-safe",
        intro=("Een bank beschermt je spaargeld.", "A bank protects your savings."),
        transcript=(
            "In de kluis liggen geen zonnecellen, wel <script>alert(1)</script> geld.",
            "The vault holds no solar batteries, only money.",
        ),
    )[0]


@pytest.fixture
def initiative(site_tree):
    return create_initiative(
        site_tree.sections["initiatives"],
        "robotkamp",
        title="Robotkamp in de zomer",
        title_en="Summer robot camp",
        summary_nl="Kinderen bouwen robots.",
        summary_en="Children build robots.",
    )


def titles(response):
    return [strip_tags(result.title) for result in response.context.get("results", [])]
