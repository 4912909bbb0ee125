"""Builders for the classroom tests; VideoPages only through their stable public surface."""

import itertools

from wagtail.documents import get_document_model

from classroom.factories import add_material, make_document
from stemhub.demo import add_child_page, translated
from videos.models import VideoPage

_numbers = itertools.count(1)


def make_video(site_tree, slug=None, title=None, sectors=(), **fields):
    """A published VideoPage under the videos section of the `site_tree` fixture."""
    number = next(_numbers)
    slug = slug or f"video-{number}"
    title = title or f"Video {number}"
    video, _ = add_child_page(
        site_tree.sections["videos"],
        VideoPage,
        translated(slug, f"{slug}-en"),
        translated(title, f"{title} (EN)"),
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        sectors=list(sectors),
        **fields,
    )
    return video


# The smallest file a PDF reader accepts; generating one with fpdf2 per test would be slow.
TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def make_pdf_document(title="Werkblad"):
    return make_document(title, TINY_PDF, "werkblad.pdf")


def make_material(index, video, *, title=None, worksheet=False, **fields):
    number = next(_numbers)
    title = title or f"Les {number}"
    worksheets = fields.pop("worksheets", [])
    if worksheet:
        worksheets.append((make_pdf_document(f"Werkblad {number}"), ""))
    page, _ = add_material(
        index,
        video=video,
        slug=translated(f"les-{number}", f"lesson-{number}"),
        title=translated(title, f"{title} (EN)"),
        worksheets=worksheets,
        **fields,
    )
    return page


def document_count():
    return get_document_model().objects.count()
