"""The upload guard refuses big or wrong files while they stream in, before they hit the disk."""

import io

import pytest
from django.core.files.uploadhandler import FileUploadHandler
from django.http.multipartparser import MultiPartParser
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from partners.uploads import SubmissionUploadHandler, sniff_image, sniff_video, upload_refusals

from .conftest import mp4_bytes, png_bytes


class CountingHandler(FileUploadHandler):
    """Stands in for the handlers that write to memory or disk: counts what reaches them."""

    received = 0

    def receive_data_chunk(self, raw_data, start):
        CountingHandler.received += len(raw_data)
        return None

    def file_complete(self, file_size):
        return None


def parse(rf, files):
    body = encode_multipart(BOUNDARY, {"submission-title_nl": "Titel", **files})
    request = rf.post("/", data={}, content_type=MULTIPART_CONTENT)
    handlers = [SubmissionUploadHandler(request), CountingHandler(request)]
    CountingHandler.received = 0
    meta = {**request.META, "CONTENT_LENGTH": str(len(body))}
    post, _files = MultiPartParser(meta, io.BytesIO(body), handlers).parse()
    return request, post


def named(name, content):
    buffer = io.BytesIO(content)
    buffer.name = name
    return buffer


def test_oversized_video_is_cut_off_after_the_first_chunk(rf, settings):
    settings.STEMHUB_MAX_VIDEO_UPLOAD_BYTES = 100_000
    request, post = parse(rf, {"submission-video_file": named("a.mp4", mp4_bytes(5_000_000))})
    assert upload_refusals(request) == {"submission-video_file": "too_large"}
    assert CountingHandler.received <= 100_000
    assert post["submission-title_nl"] == "Titel"  # the rest of the form still arrives


def test_wrong_type_is_refused_at_the_first_bytes(rf):
    request, _ = parse(rf, {"submission-video_file": named("a.mp4", png_bytes() * 50)})
    assert upload_refusals(request) == {"submission-video_file": "wrong_type"}
    assert CountingHandler.received == 0


def test_good_files_pass_and_other_fields_are_untouched(rf):
    request, _ = parse(
        rf,
        {
            "submission-video_file": named("a.mp4", mp4_bytes()),
            "submission-poster": named("p.png", png_bytes()),
            "document": named("x.pdf", b"%PDF-1.7 not guarded"),
        },
    )
    assert upload_refusals(request) == {}
    assert CountingHandler.received > 0


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (mp4_bytes(64), "mp4"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + b"\0" * 40, "webm"),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska" + b"\0" * 40, ""),
        (b"\x00\x00\x00\x14ftypqt  " + b"\0" * 50, "mov"),
        (b"GIF89a" + b"\0" * 60, ""),
    ],
)
def test_sniff_video(head, kind):
    assert sniff_video(head) == kind


def test_sniff_image():
    assert sniff_image(png_bytes()) == "png"
    assert sniff_image(png_bytes(image_format="JPEG")) == "jpeg"
    assert sniff_image(png_bytes(image_format="WEBP")) == "webp"
    assert sniff_image(b"<svg xmlns=...>") == ""
