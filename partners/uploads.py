"""Refuse oversized or wrong-type uploads to the video form while they stream in.

Installed first in FILE_UPLOAD_HANDLERS. For the submission form's two file fields it checks the
first bytes (not the name or the browser's content type) and counts bytes; at the first bad chunk
it raises SkipFile, so Django stops writing that file and throws away the rest of the stream.
Other forms' files pass through untouched. What was refused is recorded on the request, where
the form turns it into a message next to the field.
"""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile

FORM_PREFIX = "submission"
VIDEO_FIELD = f"{FORM_PREFIX}-video_file"
POSTER_FIELD = f"{FORM_PREFIX}-poster"
REFUSALS_ATTRIBUTE = "partner_upload_refusals"

TOO_LARGE = "too_large"
WRONG_TYPE = "wrong_type"


def sniff_video(head):
    """'mp4', 'mov' or 'webm' from the first bytes of a file, or '' for anything else."""
    if len(head) >= 12 and head[4:8] == b"ftyp":
        brand = head[8:12]
        # QuickTime (.mov) shares the container but not every browser plays it: the worker
        # converts it to MP4 (partners.conversions), as it does a WebM.
        return "mov" if brand == b"qt  " else "mp4"
    if head[:4] == b"\x1a\x45\xdf\xa3" and b"webm" in head[:64]:
        return "webm"
    return ""


def sniff_image(head):
    if head[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return ""


def max_video_bytes():
    return settings.STEMHUB_MAX_VIDEO_UPLOAD_BYTES


def max_poster_bytes():
    return settings.STEMHUB_MAX_POSTER_UPLOAD_BYTES


GUARDS = {
    VIDEO_FIELD: (max_video_bytes, sniff_video),
    POSTER_FIELD: (max_poster_bytes, sniff_image),
}
SNIFF_BYTES = 64


class SubmissionUploadHandler(FileUploadHandler):
    def new_file(self, field_name, *args, **kwargs):
        super().new_file(field_name, *args, **kwargs)
        self.guard = GUARDS.get(field_name)
        self.head = b""
        self.received = 0
        if self.guard and self.content_length and self.content_length > self.guard[0]():
            self.refuse(TOO_LARGE)

    def refuse(self, reason):
        refusals = getattr(self.request, REFUSALS_ATTRIBUTE, None)
        if refusals is None:
            refusals = {}
            setattr(self.request, REFUSALS_ATTRIBUTE, refusals)
        refusals[self.field_name] = reason
        raise SkipFile

    def receive_data_chunk(self, raw_data, start):
        if not self.guard:
            return raw_data
        limit, sniff = self.guard
        self.received += len(raw_data)
        if self.received > limit():
            self.refuse(TOO_LARGE)
        if len(self.head) < SNIFF_BYTES:
            self.head += raw_data[: SNIFF_BYTES - len(self.head)]
            if (len(self.head) >= SNIFF_BYTES or len(raw_data) < SNIFF_BYTES) and not sniff(
                self.head
            ):
                self.refuse(WRONG_TYPE)
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handler builds the file


def upload_refusals(request):
    return getattr(request, REFUSALS_ATTRIBUTE, {})
