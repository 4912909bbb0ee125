"""The image a shared link shows: a rendition of the page's own picture, or the site's default.

Sharing sites want a large JPEG or PNG at an absolute address; 1200×630 is what they crop to.
A missing or unreadable original never breaks the page: the default image is used instead.
"""

import logging
from dataclasses import dataclass

from django.templatetags.static import static

logger = logging.getLogger(__name__)

SHARE_FILL = "fill-1200x630|format-jpeg|jpegquality-85"  # posters and photos: cropped to 1.91:1
SHARE_FIT = "max-1200x630|format-png"  # logos: never cropped
DEFAULT_IMAGE = "img/share-default.png"
DEFAULT_SIZE = (1200, 630)


@dataclass(frozen=True)
class ShareImage:
    url: str  # absolute
    width: int
    height: int
    alt: str
    mime_type: str


def share_image(request, image, *, fit=False, alt=""):
    """A ShareImage for a Wagtail image (or the default one when there is none)."""
    if image is not None:
        spec = SHARE_FIT if fit else SHARE_FILL
        try:
            rendition = image.get_rendition(spec)
        except Exception:  # a missing file, an unreadable image: fall back, keep the page up
            logger.warning("No share image for image %s", image.pk, exc_info=True)
        else:
            return ShareImage(
                url=request.build_absolute_uri(rendition.url),
                width=rendition.width,
                height=rendition.height,
                alt=alt or image.title,
                mime_type="image/png" if fit else "image/jpeg",
            )
    width, height = DEFAULT_SIZE
    return ShareImage(
        url=request.build_absolute_uri(static(DEFAULT_IMAGE)),
        width=width,
        height=height,
        alt="#STEMhelden",
        mime_type="image/png",
    )
