"""A submitted WebM or MOV is converted by the worker with ffmpeg into the MP4 the page plays."""

import shutil
import subprocess

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from partners import conversions
from partners.models import VideoConversion, VideoSubmission
from videos.models import VideoPage

from .conftest import SUBMIT_NL

pytestmark = pytest.mark.skipif(
    shutil.which("ffmpeg") is None, reason="Debian's ffmpeg is not installed (.ci/run installs it)"
)


@pytest.fixture(scope="module")
def tiny_webm(tmp_path_factory):
    """Two seconds of ffmpeg's test picture with a tone, 160x120, VP8/Vorbis in WebM; five
    frames a second, since encoding VP8 is most of this fixture's CPU (a frame at one second,
    where the poster is taken, still exists)."""
    path = tmp_path_factory.mktemp("video") / "tiny.webm"
    subprocess.run(  # noqa: S603
        [
            shutil.which("ffmpeg"), "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=5",
            "-f", "lavfi", "-i", "sine=frequency=440:duration=2",
            "-c:v", "libvpx", "-b:v", "200k", "-c:a", "libvorbis", "-shortest",
            str(path),
        ],
        check=True,
        timeout=120,
    )  # fmt: skip
    return path.read_bytes()


@pytest.fixture(scope="module")
def tiny_mov(tmp_path_factory):
    """Two seconds of ffmpeg's test picture, 160x120, MPEG-4 in a QuickTime (.mov) container."""
    path = tmp_path_factory.mktemp("video") / "tiny.mov"
    subprocess.run(  # noqa: S603
        [
            shutil.which("ffmpeg"), "-hide_banner", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=10",
            "-c:v", "mpeg4", "-f", "mov", str(path),
        ],
        check=True,
        timeout=120,
    )  # fmt: skip
    return path.read_bytes()


def submit(client, valid_data, data, capture, name="interview.webm", content_type="video/webm"):
    upload = SimpleUploadedFile(name, data, content_type=content_type)
    with capture(execute=True):  # the conversion is queued once the submission commits
        response = client.post(SUBMIT_NL, valid_data(video_url="", video_file=upload))
    assert response.status_code == 303
    return VideoSubmission.objects.get()


def test_webm_is_converted_to_mp4_on_the_draft_page(
    client, valid_data, tiny_webm, django_capture_on_commit_callbacks, _media_root
):
    submission = submit(client, valid_data, tiny_webm, django_capture_on_commit_callbacks)
    conversion = VideoConversion.objects.get(submission=submission)
    assert conversion.status == VideoConversion.Status.DONE, conversion.error
    assert conversion.mp4.name.endswith(f"{submission.reference}.mp4")
    with conversion.mp4.open("rb") as handle:
        assert handle.read(12)[4:8] == b"ftyp"
    assert submission.video_file.name.endswith(".webm")  # the original is kept
    draft = VideoPage.objects.get().get_latest_revision_as_object()
    assert draft.video_file.name == conversion.mp4.name
    assert not conversion.made_poster  # the partner sent a poster


def test_mov_from_a_phone_is_accepted_and_converted_to_mp4(
    client, valid_data, tiny_mov, django_capture_on_commit_callbacks, _media_root
):
    submission = submit(
        client,
        valid_data,
        tiny_mov,
        django_capture_on_commit_callbacks,
        name="IMG_0042.MOV",
        content_type="video/quicktime",
    )
    assert submission.video_file.name.endswith(".mov")  # named from the content, not the browser
    conversion = VideoConversion.objects.get(submission=submission)
    assert conversion.status == VideoConversion.Status.DONE, conversion.error
    with conversion.mp4.open("rb") as handle:
        head = handle.read(12)
    assert head[4:8] == b"ftyp" and head[8:12] != b"qt  "
    draft = VideoPage.objects.get().get_latest_revision_as_object()
    assert draft.video_file.name == conversion.mp4.name


def test_a_frame_becomes_the_poster_when_none_was_sent(
    client, valid_data, tiny_webm, django_capture_on_commit_callbacks, _media_root
):
    submission = submit(client, valid_data, tiny_webm, django_capture_on_commit_callbacks)
    VideoSubmission.objects.filter(pk=submission.pk).update(poster=None)
    VideoConversion.objects.filter(submission=submission).update(status="queued")
    assert conversions.convert(submission.pk) == VideoConversion.Status.DONE
    conversion = VideoConversion.objects.get()
    assert conversion.made_poster
    submission.refresh_from_db()
    assert submission.poster is not None and submission.poster.width == 160
    draft = VideoPage.objects.get().get_latest_revision_as_object()
    assert draft.poster_id == submission.poster_id


def test_a_broken_video_shows_the_error_to_the_editor(
    client, admin_client, valid_data, django_capture_on_commit_callbacks, _media_root
):
    broken = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\x82\x84webm" + b"\0" * 500
    submission = submit(client, valid_data, broken, django_capture_on_commit_callbacks)
    conversion = VideoConversion.objects.get(submission=submission)
    assert conversion.status == VideoConversion.Status.FAILED
    assert "ffmpeg exited" in conversion.error
    assert not conversion.mp4
    listing = admin_client.get("/admin/partners_videoconversion/").content.decode()
    assert submission.reference in listing
    assert "ffmpeg exited" in listing


def test_mp4_uploads_and_links_need_no_conversion(client, valid_data):
    assert client.post(SUBMIT_NL, valid_data()).status_code == 303
    assert VideoConversion.objects.count() == 0
