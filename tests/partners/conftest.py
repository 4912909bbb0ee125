"""Fixtures for the partner directory and the video submission form."""

import functools
import io
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from ..kept_content import Kept, built_as_in_a_test
from ..shared_content import CommittedSkeleton, module_content

SUBMIT_NL = "/nl/partners/video-indienen/"
SUBMIT_EN = "/en/partners/submit-video/"


@functools.cache
def png_bytes(width=640, height=360, image_format="PNG"):
    """One plain-coloured image, encoded once per process (a 640x360 PNG costs about 4 ms and
    a valid post carries one); bytes are immutable, each upload wraps them anew."""
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (45, 42, 140)).save(buffer, format=image_format)
    return buffer.getvalue()


def poster_upload(name="poster.png", **kwargs):
    return SimpleUploadedFile(name, png_bytes(**kwargs), content_type="image/png")


def mp4_bytes(size=4096):
    # An ISO base media header ("ftyp" box, brand isom) followed by filler: enough to sniff.
    header = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
    return header + b"\x00" * (size - len(header))


@pytest.fixture(scope="module")
def submission_terms(django_db_setup, django_db_blocker):
    """What a valid post names: `make_vocabulary()`'s terms, built once for the module and
    rolled back after it (tests/shared_content.py), and Umicore and a sector, found in the
    committed skeleton. The form only reads them; a test
    that changes them does so inside its own savepoint."""
    from taxonomy.models import Sector

    with module_content(django_db_blocker):
        with built_as_in_a_test():
            skeleton = CommittedSkeleton.find_or_load()
            terms = make_vocabulary()
            umicore = skeleton.sections["partners"].get_children().get(slug_nl="umicore")
            sector = Sector.objects.get(slug="materialen-recyclage")
        yield SimpleNamespace(
            kept=Kept(**terms),
            pks={name: term.pk for name, term in terms.items()},
            umicore_pk=umicore.pk,
            sector_pk=sector.pk,
        )


@pytest.fixture
def vocabulary(submission_terms, db):
    """Fresh instances of the module's profile types, education routes and signpost."""
    return vars(submission_terms.kept.fresh())


def make_vocabulary():
    """Two profile types, two education routes and a signpost (the form needs them)."""
    from videos.models import EducationRoute, ProfileType, Signpost

    theory = ProfileType.objects.create(
        name="Theoretisch opgeleid",
        name_nl="Theoretisch opgeleid",
        name_en="Theoretical",
        slug="theoretisch",
    )
    practice = ProfileType.objects.create(
        name="Praktisch opgeleid",
        name_nl="Praktisch opgeleid",
        name_en="Practical",
        slug="praktisch",
    )
    master = EducationRoute.objects.create(
        name="Master", name_nl="Master", name_en="Master's degree", slug="master"
    )
    dual = EducationRoute.objects.create(
        name="Duaal leren", name_nl="Duaal leren", name_en="Dual learning", slug="duaal"
    )
    vdab = Signpost.objects.create(
        name="VDAB",
        name_nl="VDAB",
        name_en="VDAB",
        slug="vdab",
        url="https://www.vdab.be/",
        url_nl="https://www.vdab.be/",
    )
    return {"theory": theory, "practice": practice, "master": master, "dual": dual, "vdab": vdab}


@pytest.fixture
def umicore(site_tree):
    return site_tree.sections["partners"].get_children().get(slug_nl="umicore").specific


@pytest.fixture
def valid_data(submission_terms, db):
    """A complete, valid post (without files); tests change one thing at a time. It names the
    module's terms by primary key, so building one costs no query."""
    return functools.partial(valid_post, submission_terms)


def valid_post(submission_terms, **changes):
    """`valid_data` for a module-scoped fixture, which cannot ask for it."""
    terms = submission_terms.pks
    data = {
        "submission-partner": str(submission_terms.umicore_pk),
        "submission-organisation_name": "",
        "submission-contact_name": "An Peeters",
        "submission-email": "an.peeters@example.org",
        "submission-phone": "+32 3 123 45 67",
        "submission-video_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "submission-title_nl": "Germanium uit afval",
        "submission-summary_nl": "Twee helden halen germanium uit oude zonnepanelen.",
        "submission-title_en": "Germanium from waste",
        "submission-summary_en": "Two heroes recover germanium from old solar panels.",
        "submission-sectors": [str(submission_terms.sector_pk)],
        "submission-hero_1_name": "Sofie",
        "submission-hero_1_role": "Procesingenieur",
        "submission-hero_1_profile_type": str(terms["theory"]),
        "submission-hero_1_education_route": str(terms["master"]),
        "submission-hero_2_name": "Jens",
        "submission-hero_2_role": "Operator",
        "submission-hero_2_profile_type": str(terms["practice"]),
        "submission-hero_2_education_route": str(terms["dual"]),
        "submission-signposts": [str(terms["vdab"])],
        "submission-confirms_right_to_publish": "on",
        "submission-confirms_consent": "on",
        "submission-confirms_parental_consent": "on",
        "submission-confirms_privacy_notice": "on",
        "submission-company_website": "",
        "submission-poster": poster_upload(),
    }
    for key, value in changes.items():
        full = f"submission-{key}"
        if value is None:
            data.pop(full, None)
        else:
            data[full] = value
    return data


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT
