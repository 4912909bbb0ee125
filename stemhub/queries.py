"""Query pieces that several browse pages share."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction


def public_q():
    """Wagtail's `.public()` as a subquery: no extra query to read the restrictions first.

    A page is restricted when a restricted page's path is a prefix of its own path. Browse pages
    use this to keep a fixed query count whatever the number of results.
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return ~Exists(restricted)


def images_with_renditions(*specs):
    """Images with the renditions a template asks for already fetched: no query per picture."""
    return get_image_model().objects.prefetch_renditions(*specs)
