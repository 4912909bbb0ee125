"""A refused poster says what is wrong, in the visitor's language, and keeps what was typed."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from .conftest import SUBMIT_EN, SUBMIT_NL, png_bytes
from .test_submission import assert_nothing_stored, errors

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def png_bomb(side=6300):
    """A PNG of side × side pixels that compresses to a few KB: a decompression bomb."""
    buffer = io.BytesIO()
    Image.new("1", (side, side)).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def poster_error(response):
    return dict(errors(response)).get("id_submission-poster", "")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (SUBMIT_NL, "Dit bestand is geen JPEG-, PNG- of WebP-afbeelding."),
        (SUBMIT_EN, "This file is not a JPEG, PNG or WebP image."),
    ],
)
def test_svg_or_html_named_png_says_it_is_not_an_image(client, valid_data, url, expected):
    for content in (SVG, HTML):
        upload = SimpleUploadedFile("poster.png", content, content_type="image/png")
        response = client.post(url, valid_data(poster=upload, title_nl="Mijn titel"))
        assert response.status_code == 400
        assert poster_error(response).startswith(expected)
        assert 'value="Mijn titel"' in response.content.decode()


def test_poster_one_byte_over_the_limit_says_how_large_it_may_be(client, valid_data, settings):
    poster = png_bytes()
    settings.STEMHUB_MAX_POSTER_UPLOAD_BYTES = len(poster) - 1
    for url, expected in ((SUBMIT_NL, "Dit bestand is groter dan"), (SUBMIT_EN, "larger than")):
        upload = SimpleUploadedFile("poster.png", poster, content_type="image/png")
        response = client.post(url, valid_data(poster=upload, contact_name="An Peeters"))
        assert response.status_code == 400
        assert expected in poster_error(response)
        assert 'value="An Peeters"' in response.content.decode()


def test_png_bomb_is_refused_before_decoding(client, valid_data, _media_root):
    bomb = png_bomb()
    assert len(bomb) < 100_000
    upload = SimpleUploadedFile("poster.png", bomb, content_type="image/png")
    response = client.post(SUBMIT_EN, valid_data(poster=upload))
    assert response.status_code == 400
    assert "more than 25 megapixels" in poster_error(response)
    assert_nothing_stored(_media_root)


def test_pillow_refuses_to_decode_an_image_over_the_pixel_limit(settings):
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(png_bomb()))
    # One pixel row under the limit still opens (a 5000 × 5000 poster is fine).
    assert Image.open(io.BytesIO(png_bomb(5000))).size == (5000, 5000)


def test_admin_image_upload_refuses_the_bomb(admin_client):
    upload = SimpleUploadedFile("bom.png", png_bomb(), content_type="image/png")
    response = admin_client.post("/admin/images/add/", {"title": "Bom", "file": upload})
    assert response.status_code == 200  # the form again, with the error
    from wagtail.images import get_image_model

    assert not get_image_model().objects.filter(title="Bom").exists()
