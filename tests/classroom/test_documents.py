"""Worksheet uploads: a file whose content does not match its extension is refused."""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from classroom.documents import content_matches_extension

from .helpers import TINY_PDF


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
ODT = zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})


@pytest.mark.parametrize(
    ("extension", "content", "ok"),
    [
        ("pdf", TINY_PDF, True),
        ("pdf", b"MZ\x90\x00 not a pdf", False),
        ("pdf", b"", False),
        ("docx", DOCX, True),
        ("xlsx", DOCX, False),  # a Word file renamed to .xlsx
        ("docx", TINY_PDF, False),
        ("docx", b"PK\x03\x04 broken zip", False),
        ("odt", ODT, True),
        ("ods", ODT, False),
        ("pptx", ODT, False),
    ],
)
def test_content_must_match_extension(extension, content, ok):
    assert content_matches_extension(io.BytesIO(content), extension) is ok


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


def post_document(admin_client, name, content):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Werkblad",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.django_db
def test_admin_refuses_a_fake_pdf(admin_client):
    response = post_document(admin_client, "werkblad.pdf", b"<html>not a pdf</html>")
    assert response.status_code == 200
    html = response.content.decode()
    # The admin speaks Dutch by default (LANGUAGE_CODE); the message is the translated one.
    assert "De inhoud van dit bestand past niet bij de extensie (.pdf)" in html
    assert "niet toegestaan" not in html  # no second, confusing extension error
    assert get_document_model().objects.count() == 0


@pytest.mark.django_db
def test_admin_refuses_a_renamed_file_in_the_multiple_uploader(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("werkblad.docx", TINY_PDF)},
    )
    assert response.json()["success"] is False
    assert "past niet bij de extensie (.docx)" in response.json()["error_message"]
    assert get_document_model().objects.count() == 0


@pytest.mark.django_db
def test_admin_accepts_a_real_pdf_and_docx(admin_client):
    assert post_document(admin_client, "werkblad.pdf", TINY_PDF).status_code == 302
    assert post_document(admin_client, "werkblad.docx", DOCX).status_code == 302
    assert get_document_model().objects.count() == 2
