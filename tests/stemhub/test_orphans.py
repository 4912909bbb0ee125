"""`manage.py clean_orphans`: unreferenced media and left-behind temporary uploads."""

import io
import os
import time
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from wagtail.images import get_image_model

from tests.partners.conftest import png_bytes

pytestmark = pytest.mark.django_db
DAY = 24 * 3600


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path / "upload-tmp")
    Path(settings.FILE_UPLOAD_TEMP_DIR).mkdir()
    return Path(settings.MEDIA_ROOT)


def old_file(path, days=2, data=b"x" * 1000):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    then = time.time() - days * DAY
    os.utime(path, (then, then))
    return path


def run(*args):
    out = io.StringIO()
    call_command("clean_orphans", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def files(media_root, settings):
    image = get_image_model()(title="Affiche")
    image.file.save("kept.png", ImageFile(io.BytesIO(png_bytes()), name="kept.png"), save=False)
    image.save()
    kept = Path(image.file.path)
    then = time.time() - 3 * DAY
    os.utime(kept, (then, then))
    temp = Path(settings.FILE_UPLOAD_TEMP_DIR)
    return {
        "kept": kept,
        "video": old_file(media_root / "partners/submissions/videos/VID-DEAD-0001.mp4"),
        "poster": old_file(media_root / "original_images/poster-VID-DEAD-0001.png"),
        "fresh": old_file(media_root / "partners/submissions/videos/VID-BUSY-0002.mp4", days=0),
        "temp_old": old_file(temp / "tmpab12cd.upload.mp4"),
        "temp_fresh": old_file(temp / "tmpef34gh.upload.mp4", days=0),
    }


def test_lists_only_old_unreferenced_files(files):
    output = run()
    assert "partners/submissions/videos/VID-DEAD-0001.mp4" in output
    assert "original_images/poster-VID-DEAD-0001.png" in output
    assert "tmpab12cd.upload.mp4" in output
    assert "Found 3 unreferenced file(s)" in output
    for name in ("kept", "fresh", "temp_fresh"):
        assert files[name].name not in output
    assert all(path.exists() for path in files.values())  # listing deletes nothing


def test_delete_removes_them_and_nothing_else(files):
    output = run("--delete")
    assert "Deleted 3 unreferenced file(s)" in output
    for name in ("video", "poster", "temp_old"):
        assert not files[name].exists(), name
    for name in ("kept", "fresh", "temp_fresh"):
        assert files[name].exists(), name
    assert "Found 0 unreferenced" in run()


def test_grace_period_is_a_flag(files):
    assert "Found 5 unreferenced" in run("--older-than", "0")
