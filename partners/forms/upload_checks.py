"""The form's half of the upload guard: what a chosen video or poster must be, checked in full.

`partners.uploads` (an upload handler) already stopped files that are too large or of the wrong
kind at their first chunk and left a reason; here the reason becomes the visitor's message, and a
file that did arrive is read: its first bytes, its pixel size from the header, its fingerprint.
"""

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from ..uploads import TOO_LARGE, sniff_image, sniff_video

POSTER_FORMATS = {"JPEG": "jpeg", "PNG": "png", "WEBP": "webp"}
MIN_POSTER_WIDTH, MIN_POSTER_HEIGHT = 320, 180


def too_many_pixels(limit):
    """Pillow never decodes such an image: the size is read from the file's header."""
    return ValidationError(
        _(
            "This image has more than %(megapixels)s megapixels. Make it smaller (a poster "
            "needs no more than 3840 × 2160 pixels) and choose it again."
        )
        % {"megapixels": formats.number_format(limit / 1_000_000, decimal_pos=0)},
        code="too_many_pixels",
    )


class UploadChecksMixin:
    """clean_video_file and clean_poster; the form sets `upload_refusals` (field: reason)."""

    video_format = ""
    poster_format = ""
    video_key = ""

    def _refusal(self, name, limit):
        reason = self.upload_refusals.get(name)
        if reason == TOO_LARGE:
            self._refusal_too_large(limit)
        if reason:
            raise ValidationError(self.wrong_type_message(name), code="wrong_type")

    @staticmethod
    def wrong_type_message(name):
        if name == "video_file":
            return _("This file is not an MP4, WebM or MOV video. Choose another file.")
        return _("This file is not a JPEG, PNG or WebP image. Choose another image.")

    def _chosen_upload(self, name, limit):
        """The chosen file, rewound, or None; refuses what the guard stopped or is too large."""
        self._refusal(name, limit)
        upload = self.cleaned_data.get(name)
        if not upload:
            return None
        if upload.size > limit:
            self._refusal_too_large(limit)
        upload.seek(0)
        return upload

    def clean_video_file(self):
        upload = self._chosen_upload("video_file", settings.STEMHUB_MAX_VIDEO_UPLOAD_BYTES)
        if not upload:
            return None
        self.video_format = sniff_video(upload.read(64))
        if not self.video_format:
            raise ValidationError(self.wrong_type_message("video_file"), code="wrong_type")
        digest = hashlib.sha256()
        upload.seek(0)
        for chunk in upload.chunks():
            digest.update(chunk)
        upload.seek(0)
        self.video_key = f"sha256:{digest.hexdigest()}"
        return upload

    def _refusal_too_large(self, limit):
        raise ValidationError(
            _("This file is larger than %(size)s. Choose a smaller file.")
            % {"size": filesizeformat(limit)},
            code="too_large",
        )

    def clean_poster(self):
        upload = self._chosen_upload("poster", settings.STEMHUB_MAX_POSTER_UPLOAD_BYTES)
        if not upload:
            return upload
        if not sniff_image(upload.read(16)):
            raise ValidationError(self.wrong_type_message("poster"), code="wrong_type")
        upload.seek(0)
        try:
            with Image.open(upload) as image:
                # Check the size from the header before Pillow decodes a single pixel.
                width, height = image.size
                if width * height > settings.STEMHUB_MAX_POSTER_PIXELS:
                    raise too_many_pixels(settings.STEMHUB_MAX_POSTER_PIXELS)
                if image.format not in POSTER_FORMATS:
                    raise ValidationError(self.wrong_type_message("poster"), code="wrong_type")
                image.verify()
        except ValidationError:
            raise
        except Image.DecompressionBombError:  # over STEMHUB_MAX_IMAGE_PIXELS (stemhub.apps)
            raise too_many_pixels(settings.STEMHUB_MAX_IMAGE_PIXELS) from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise ValidationError(
                _("This image is damaged or not a JPEG, PNG or WebP image."), code="bad_image"
            ) from None
        if width < MIN_POSTER_WIDTH or height < MIN_POSTER_HEIGHT:
            raise ValidationError(
                _("The poster must be at least 320 × 180 pixels."), code="too_small"
            )
        upload.seek(0)
        self.poster_format = POSTER_FORMATS[image.format]
        return upload
