"""Every demo lesson prints on one A4 sheet, in both languages (issue 19: "the A4 print fits one
page"). Before, the self-test's lesson-idea box, added to the lesson page later, pushed every
demo lesson onto a second sheet."""

import io

import pytest
from django.utils import translation

from classroom.models import ClassroomMaterialPage
from stemhub.demo import load_all


@pytest.mark.django_db(transaction=True)
def test_every_demo_lesson_prints_on_one_a4_page(live_server, site_tree, desktop_page):
    from pypdf import PdfReader  # not at collection (tests/e2e/expect.py says why)

    load_all()  # the real lessons with their videos' signposts and the self-test's lesson idea
    page = desktop_page
    lessons = list(ClassroomMaterialPage.objects.live())
    assert len(lessons) >= 12
    too_long = []
    for language in ("nl", "en"):
        with translation.override(language):
            urls = [lesson.get_url() for lesson in lessons]
        for url in urls:
            page.goto(f"{live_server.url}{url}")
            assert page.locator(".selftest-teacher-link").is_visible()
            # Chromium prints with the sheet's own @page rule (A4, its margins), as a teacher's
            # print dialog does.
            sheet = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
            width, height = (float(v) for v in sheet.pages[0].mediabox[2:])
            assert (round(width), round(height)) == (595, 842), "A4 in points"
            if len(sheet.pages) != 1:
                too_long.append((url, len(sheet.pages)))
            assert "#STEMhelden" in sheet.pages[0].extract_text()
    assert too_long == []
