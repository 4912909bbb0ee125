"""Builders for the classroom tests: material and worksheets (videos: videos.factories)."""

import itertools

from wagtail.documents import get_document_model

from classroom.factories import add_material, make_document
from stemhub.demo import translated

_numbers = itertools.count(1)


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
