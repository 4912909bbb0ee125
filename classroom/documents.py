"""Refuse an uploaded document whose content is not what its extension claims.

Teachers download worksheets and open them on school computers, so a file called 'werkblad.pdf'
must really be a PDF. Wagtail only checks the extension; this form also checks the first bytes
(PDF) or the package layout (Office Open XML and OpenDocument files are zip archives).

Enabled by the setting WAGTAILDOCS_DOCUMENT_FORM_BASE = "classroom.documents.CheckedDocumentForm".
"""

import os
import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

# Office Open XML: the folder that holds the main part of each kind of document.
OOXML_FOLDERS = {"docx": "word/", "pptx": "ppt/", "xlsx": "xl/"}
# OpenDocument: the exact 'mimetype' entry at the start of the archive.
ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "odp": b"application/vnd.oasis.opendocument.presentation",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
}
ZIP_MAGIC = b"PK\x03\x04"
MISMATCH_MESSAGE = _(
    "The content of this file does not match its extension (.%(extension)s). "
    "Save it again as a real %(kind)s file and upload that one."
)


def _read_head(uploaded, size=8):
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(0)
    return head


def _zip_names(uploaded):
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            mimetype = b""
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
                mimetype = archive.read("mimetype").strip()
            return names, mimetype
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return None, b""
    finally:
        uploaded.seek(0)


def content_matches_extension(uploaded, extension):
    """True if the file's bytes fit its (lower-case) extension; unknown extensions pass."""
    extension = extension.lower()
    if extension == "pdf":
        return _read_head(uploaded, 5) == b"%PDF-"
    if extension in OOXML_FOLDERS or extension in ODF_MIMETYPES:
        if _read_head(uploaded, 4) != ZIP_MAGIC:
            return False
        names, mimetype = _zip_names(uploaded)
        if names is None:
            return False
        if extension in OOXML_FOLDERS:
            folder = OOXML_FOLDERS[extension]
            return "[Content_Types].xml" in names and any(n.startswith(folder) for n in names)
        return mimetype == ODF_MIMETYPES[extension]
    return True


def validate_document_content(uploaded):
    extension = os.path.splitext(uploaded.name or "")[1].lstrip(".").lower()
    if not content_matches_extension(uploaded, extension):
        kind = "PDF" if extension == "pdf" else extension.upper()
        raise ValidationError(
            MISMATCH_MESSAGE,
            code="content_mismatch",
            params={"extension": extension, "kind": kind},
        )


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, plus a check that the content matches the extension."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        # Only a newly uploaded file needs checking; an unchanged one was checked before.
        if uploaded and "file" in self.changed_data and hasattr(uploaded, "read"):
            validate_document_content(uploaded)
        return uploaded

    def _post_clean(self):
        # A refused file leaves the instance without one, and the model's own extension check
        # would then add a confusing "extension '' is not allowed"; the form is invalid anyway.
        if self.has_error("file"):
            return
        super()._post_clean()
