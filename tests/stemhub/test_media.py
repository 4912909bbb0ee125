"""Uploaded media are served with DEBUG off: posters, byte ranges for video, nothing private."""

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from tests.partners.conftest import png_bytes

BASE_DIR = Path(__file__).resolve().parent.parent.parent
pytestmark = pytest.mark.django_db


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def poster(db, media_root):
    image = get_image_model()(title="Affiche")
    image.file.save(
        "poster-VID-TEST.png", ImageFile(io.BytesIO(png_bytes()), name="poster.png"), save=False
    )
    image.save()
    return image


def test_poster_url_answers_200_with_debug_off(client, poster, settings):
    assert settings.DEBUG is False
    response = client.get(poster.file.url)
    assert poster.file.url.startswith("/media/original_images/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == Path(poster.file.path).read_bytes()
    assert "max-age=" in response["Cache-Control"]
    assert response["Last-Modified"]

    again = client.get(poster.file.url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304


def test_rendition_of_a_poster_is_served(client, poster):
    rendition = poster.get_rendition("fill-320x180")
    assert client.get(rendition.url).status_code == 200


def test_video_is_served_in_byte_ranges(client, media_root):
    video = Path(media_root) / "partners/submissions/videos/VID-TEST.mp4"
    video.parent.mkdir(parents=True)
    video.write_bytes(bytes(range(256)) * 40)
    url = "/media/partners/submissions/videos/VID-TEST.mp4"

    response = client.get(url, HTTP_RANGE="bytes=100-199")
    assert response.status_code == 206
    assert response["Content-Range"] == "bytes 100-199/10240"
    assert response["Content-Type"] == "video/mp4"
    assert b"".join(response.streaming_content) == (bytes(range(256)) * 40)[100:200]

    tail = client.get(url, HTTP_RANGE="bytes=-10")
    assert tail["Content-Range"] == "bytes 10230-10239/10240"
    assert client.get(url, HTTP_RANGE="bytes=20000-").status_code == 416


@pytest.mark.parametrize(
    "path",
    ["/media/../pyproject.toml", "/media/%2e%2e/pyproject.toml", "/media/missing.png"],
)
def test_nothing_outside_media_or_missing_is_served(client, media_root, path):
    assert client.get(path).status_code == 404


def test_documents_are_only_served_through_their_privacy_check(client, media_root):
    document = Path(media_root) / "documents/werkblad.pdf"
    document.parent.mkdir(parents=True)
    document.write_bytes(b"%PDF-1.4 private")
    assert client.get("/media/documents/werkblad.pdf").status_code == 404


def test_media_can_be_handed_to_nginx(client, poster, settings):
    settings.STEMHUB_MEDIA_ACCEL_REDIRECT = "/protected-media/"
    response = client.get(poster.file.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected-media/" + poster.file.name
    assert response.content == b""


def test_production_settings_serve_a_poster(tmp_path):
    """The real production settings module (DEBUG off, HTTPS, WhiteNoise) answers 200."""
    media = tmp_path / "media"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "poster.png").write_bytes(png_bytes())
    script = textwrap.dedent(
        """
        import django
        django.setup()
        from django.test import Client
        response = Client().get("/media/original_images/poster.png", secure=True,
                                HTTP_HOST="stemhelden.be")
        print(response.status_code, response["Content-Type"])
        """
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "stemhub.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "stemhelden.be",
        "MEDIA_ROOT": str(media),
        "DEBUG": "false",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "200 image/png"
