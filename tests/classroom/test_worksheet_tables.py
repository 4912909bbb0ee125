"""A lesson whose steps ask pupils to fill in a table has that table on its worksheet.

Before, "Noteer de resultaten in de tabel" (the lemon battery, step 3) and "Reken met de tabel op
het werkblad" pointed at a table no worksheet had. The demo loader now prints the lesson's
`worksheet_table` (demo/lessons.yaml) on the generated PDF; this reads the PDF a teacher
downloads from the lesson page, in both languages.
"""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from classroom import demo
from classroom.models import ClassroomMaterialPage
from stemhub.demo import read
from videos.factories import make_video

LESSONS = read("lessons.yaml")["lessons"]
ASKS_FOR_A_TABLE = re.compile(r"\b(tabel|table)\b", re.IGNORECASE)


def asks_for_a_table(lesson):
    texts = [step["instruction"][language] for step in lesson["steps"] for language in ("nl", "en")]
    texts += [task for language in ("nl", "en") for task in lesson["tasks"][language]]
    return any(ASKS_FOR_A_TABLE.search(text) for text in texts)


TABLE_LESSONS = [lesson for lesson in LESSONS if asks_for_a_table(lesson)]


def test_the_demo_has_lessons_that_ask_for_a_table():
    # The lemon battery, the metals in a phone and the pulse at least: the check below is real.
    assert len(TABLE_LESSONS) >= 3


@pytest.mark.parametrize("lesson", TABLE_LESSONS, ids=lambda lesson: lesson["slug"]["nl"])
def test_a_lesson_that_asks_for_a_table_declares_it(lesson):
    assert "worksheet_table" in lesson, "a step or task asks for a table the worksheet lacks"


def words(text):
    return " ".join(text.split())


def downloaded_worksheet(client, page, language):
    """The PDF behind the lesson page's download link in `language`, read by pypdf (imported
    here: both workers collect this file, one reads a PDF)."""
    from pypdf import PdfReader

    with translation.override(language):
        url = page.get_url()
    response = client.get(url)
    assert response.status_code == 200
    links = BeautifulSoup(response.content, "html.parser").select(".download__link")
    assert len(links) == 1, links
    # The link goes through the download counter (impact) to the document itself.
    download = client.get(links[0]["href"], follow=True)
    assert download.status_code == 200
    assert download.redirect_chain[0][0].startswith("/documents/")
    return PdfReader(io.BytesIO(b"".join(download.streaming_content)))


@pytest.mark.django_db
def test_the_downloaded_worksheet_holds_the_table_in_both_languages(client, site_tree):
    with_table = [lesson for lesson in LESSONS if "worksheet_table" in lesson]
    assert {lesson["slug"]["nl"] for lesson in TABLE_LESSONS} <= {
        lesson["slug"]["nl"] for lesson in with_table
    }
    for slug in {lesson["video"] for lesson in with_table}:
        make_video(site_tree.sections["videos"], slug, slug=slug)
    demo.load(site_tree)

    for lesson in with_table:
        page = ClassroomMaterialPage.objects.get(slug_nl=lesson["slug"]["nl"])
        table = lesson["worksheet_table"]
        for language in ("nl", "en"):
            reader = downloaded_worksheet(client, page, language)
            assert len(reader.pages) == 1, "the worksheet fits one A4 page"
            text = words(reader.pages[0].extract_text())
            where = f"{lesson['slug']['nl']} ({language})"
            assert words(lesson["title"][language]) in text, where
            assert words(table["title"][language]) in text, where
            expected = table["columns"][language] + [
                cell for row in table["rows"][language] for cell in row if cell
            ]
            for cell in expected:
                # A long header cell may wrap onto two lines; every word is still there.
                assert all(word in text for word in cell.split()), (where, cell)
            assert text.index(words(table["title"][language])) < text.index(
                words(lesson["tasks"][language][0])
            ), f"{where}: the table comes before the tasks"


@pytest.mark.django_db
def test_a_lesson_without_a_table_gets_none(client, site_tree):
    lesson = next(
        lesson
        for lesson in LESSONS
        if "worksheet_table" not in lesson and lesson["video"] == "robots-een-brein-geven"
    )
    make_video(site_tree.sections["videos"], lesson["video"], slug=lesson["video"])
    demo.load(site_tree)
    page = ClassroomMaterialPage.objects.get(slug_nl=lesson["slug"]["nl"])
    text = words(downloaded_worksheet(client, page, "nl").pages[0].extract_text())
    assert words(lesson["tasks"]["nl"][0]) in text
    other_titles = [t["worksheet_table"]["title"]["nl"] for t in LESSONS if "worksheet_table" in t]
    assert not any(words(title) in text for title in other_titles)
