"""The cards' image tags (stemhub/templatetags/card_images.py): Wagtail's tags, each tag's
filters built once instead of at every render, and the same HTML."""

import pytest
from django.template import Context, Template
from wagtail.images.templatetags import wagtailimages_tags

from videos.factories import make_image

TAGS = [
    'srcset_image image fill-{40x20,80x40} format-webp sizes="100vw" loading="lazy" alt=""',
    'image image fill-40x20 format-webp class="card__image" alt=""',
]


@pytest.mark.django_db
@pytest.mark.parametrize("tag", TAGS)
def test_card_image_tags_write_what_wagtails_write_and_build_their_filters_once(tag, monkeypatch):
    built = []

    class CountedFilter(wagtailimages_tags.Filter):
        def __init__(self, spec=None):
            built.append(spec)
            super().__init__(spec)

    monkeypatch.setattr(wagtailimages_tags, "Filter", CountedFilter)
    plain, focused = make_image("plain", size=(64, 36)), make_image("focused", size=(64, 36))
    # A focal point changes which rendition a fill filter finds (its cache key): a kept filter
    # must keep nothing of the image it served before, or the HTML would differ from Wagtail's.
    focused.focal_point_x, focused.focal_point_y = 50, 10
    focused.focal_point_width, focused.focal_point_height = 8, 8
    focused.save()
    wagtails = Template(f"{{% load wagtailimages_tags %}}{{% {tag} %}}")
    cards = Template(f"{{% load card_images %}}{{% {tag} %}}")
    images = [plain, focused, plain, focused]
    wagtail_html = [wagtails.render(Context({"image": image})) for image in images]
    built_by_wagtail, built[:] = len(built), []
    card_html = [cards.render(Context({"image": image})) for image in images]
    assert card_html == wagtail_html
    filters_per_render = built_by_wagtail // len(images)
    assert filters_per_render >= 1
    assert len(built) == filters_per_render  # once, for the tag, not per render
