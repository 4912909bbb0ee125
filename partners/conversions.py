"""Convert a submitted WebM or MOV with ffmpeg (Debian's package) into the MP4 the page plays.

Queued when a submission with such a file commits; run by the worker (partners.tasks). The MP4
and, when the partner sent no poster, a frame of the video become the draft page's video and
poster in a new revision, so the editor reviews what will be published. State and error are on
`VideoConversion`, shown in the admin. Running it twice does no harm: a done one is skipped.
"""

import logging
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model

from .models import VideoConversion, VideoSubmission

logger = logging.getLogger(__name__)

CONVERTED_EXTENSIONS = (".webm", ".mov")


def needs_conversion(submission):
    return bool(submission.video_file) and submission.video_file.name.lower().endswith(
        CONVERTED_EXTENSIONS
    )


def ffmpeg(*args):
    command = [settings.STEMHUB_FFMPEG, "-hide_banner", "-loglevel", "error", "-y", *args]
    result = subprocess.run(  # noqa: S603 - fixed program, our own file names
        command,
        capture_output=True,
        text=True,
        timeout=settings.STEMHUB_CONVERSION_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"ffmpeg exited with {result.returncode}: {result.stderr[-1500:]}")


def to_mp4(source, target):
    ffmpeg(
        "-i", str(source),
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
        "-vf", "scale=trunc(iw/2)*2:trunc(ih/2)*2",
        "-c:a", "aac", "-b:a", "128k",
        "-movflags", "+faststart",
        str(target),
    )  # fmt: skip


def poster_frame(source, target):
    ffmpeg("-ss", "1", "-i", str(source), "-frames:v", "1", "-q:v", "3", str(target))
    if not target.exists():  # shorter than a second: take the first frame
        ffmpeg("-i", str(source), "-frames:v", "1", "-q:v", "3", str(target))


def convert(submission_pk):
    conversion = (
        VideoConversion.objects.select_related("submission", "submission__page")
        .filter(submission_id=submission_pk)
        .first()
    )
    if conversion is None or conversion.status == VideoConversion.Status.DONE:
        return conversion.status if conversion else None
    VideoConversion.objects.filter(pk=conversion.pk).update(
        status=VideoConversion.Status.RUNNING, error=""
    )
    submission = conversion.submission
    try:
        with tempfile.TemporaryDirectory(prefix="stemhub-convert-") as workdir:
            folder = Path(workdir)
            source = folder / Path(submission.video_file.name).name
            with submission.video_file.open("rb") as upload, source.open("wb") as copy:
                for chunk in upload.chunks():
                    copy.write(chunk)
            mp4 = folder / f"{submission.reference}.mp4"
            to_mp4(source, mp4)
            poster = None
            if not submission.poster_id:
                poster = folder / f"poster-{submission.reference}.jpg"
                poster_frame(source, poster)
            store(conversion, submission, mp4, poster)
    except Exception as error:  # noqa: BLE001 - recorded for the editor, never lost
        logger.exception("Converting the video of %s failed", submission.reference)
        VideoConversion.objects.filter(pk=conversion.pk).update(
            status=VideoConversion.Status.FAILED, error=f"{type(error).__name__}: {error}"[:4000]
        )
        return VideoConversion.Status.FAILED
    return VideoConversion.Status.DONE


def store(conversion, submission, mp4, poster_path):
    stored = []
    try:
        with transaction.atomic():
            with mp4.open("rb") as handle:
                conversion.mp4.save(mp4.name, File(handle), save=False)
            stored.append(conversion.mp4)
            image = None
            if poster_path is not None:
                image = get_image_model()(title=submission.title_nl[:255])
                with poster_path.open("rb") as handle:
                    image.file.save(poster_path.name, ImageFile(handle), save=False)
                stored.append(image.file)
                image.save()
                VideoSubmission.objects.filter(pk=submission.pk).update(poster=image)
            if submission.page_id:
                update_draft(submission.page, conversion.mp4.name, image)
            conversion.status = VideoConversion.Status.DONE
            conversion.made_poster = image is not None
            conversion.error = ""
            conversion.save()
    except Exception:
        for field_file in stored:
            field_file.storage.delete(field_file.name)
        raise


def update_draft(page, mp4_name, poster):
    """A new revision of the draft page with the MP4 (and the poster frame)."""
    draft = page.get_latest_revision_as_object()
    draft.video_file.name = mp4_name
    fields = {"video_file": mp4_name}
    if poster is not None:
        draft.poster = poster
        fields["poster"] = poster
    draft.save_revision(log_action=True)
    type(page).objects.filter(pk=page.pk).update(**fields)
