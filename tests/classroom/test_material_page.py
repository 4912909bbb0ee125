"""One lesson: the video (poster, no player), lesson idea, downloads, targets, signposts, print."""

import io

import pytest
from django.core.files.images import ImageFile
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images import get_image_model

from classroom.factories import lesson_blocks
from stemhub.demo import translated
from videos.factories import make_video
from videos.models import Signpost

from .helpers import TINY_PDF, make_material, make_pdf_document


def make_poster():
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 180), (45, 42, 140)).save(buffer, "JPEG")
    image = get_image_model()(title="Poster")
    image.file = ImageFile(buffer, name="poster.jpg")
    image.save()
    return image


@pytest.fixture
def lesson(classroom_index, site_tree, vocabulary):
    signpost = Signpost.objects.create(
        name="Onderwijskiezer",
        name_nl="Onderwijskiezer",
        name_en="Onderwijskiezer",
        slug="onderwijskiezer",
        url="https://www.onderwijskiezer.be/",
        description_nl="Welke studierichting past bij jou?",
        description_en="Which course suits you?",
    )
    video = make_video(site_tree.sections["videos"], "Zuiver water", poster=make_poster())[0]
    video.signposts.create(signpost=signpost, sort_order=0)
    video.save_revision().publish()
    dutch_sheet = make_pdf_document("Werkblad water")
    english_sheet = make_pdf_document("Worksheet water")
    return make_material(
        classroom_index,
        video,
        title="Maak water helder",
        subject=translated("Wetenschappen", "Science"),
        duration=60,
        stem_domains=[vocabulary["domains"]["wetenschap"]],
        school_levels=[vocabulary["levels"]["lager-6"]],
        attainment_targets=[vocabulary["targets"]["LO-TE-4.3"]],
        lesson=translated(
            lesson_blocks(
                introduction="<p>Kijk eerst de video.</p>",
                steps=[("Bouwen", "Vul de fles met zand.", 20)],
                questions=["Is helder water drinkbaar?"],
                experiment={
                    "title": "Een filter",
                    "materials": ["een petfles", "zand"],
                    "steps": ["Snij de fles open."],
                },
            ),
            lesson_blocks(introduction="<p>Watch the video first.</p>"),
        ),
        worksheets=[(dutch_sheet, "nl"), (english_sheet, "en")],
    )


@pytest.mark.django_db
def test_material_page_shows_video_lesson_downloads_targets_signposts(client, lesson):
    response = client.get(lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    # The video: its poster links to the video page; no player is embedded here.
    assert 'href="/nl/videos/zuiver-water/"' in html
    assert "<iframe" not in html
    assert "http://" in html.split('class="material-video__url"')[1][:80]
    # The lesson idea, every block.
    for text in ("Kijk eerst de video.", "Vul de fles met zand.", "Is helder water drinkbaar?"):
        assert text in html
    assert "een petfles" in html
    # Downloads: the Dutch worksheet only, with type and size.
    assert "Werkblad water" in html and "Worksheet water" not in html
    assert f"PDF, {len(TINY_PDF)}" in html
    # Attainment targets and the pupils' next step.
    assert "LO-TE-4.3" in html and "Voorbeeld" in html
    assert "Onderwijskiezer" in html and "https://www.onderwijskiezer.be/" in html
    # The print sheet.
    assert 'classroom-print.css" media="print"' in html


@pytest.mark.django_db
def test_material_page_in_english(client, lesson):
    translation.activate("en")
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert response.request["PATH_INFO"].startswith("/en/classroom/")
    html = response.content.decode()
    assert "Maak water helder (EN)" in html
    assert "Watch the video first." in html
    assert "Worksheet water" in html and "Werkblad water" not in html
    assert "Example: check the official wording" in html


@pytest.mark.django_db
def test_worksheet_downloads(client, lesson):
    worksheet = lesson.worksheets.first()
    response = client.get(worksheet.document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


@pytest.mark.django_db
def test_lesson_without_worksheet_or_video_still_renders(client, classroom_index, site_tree):
    video = make_video(site_tree.sections["videos"], "Video")[0]
    material = make_material(classroom_index, video)
    video.delete()
    material.refresh_from_db()
    response = client.get(material.url)
    assert response.status_code == 200
    assert "Nog geen werkblad voor deze les." in response.content.decode()
