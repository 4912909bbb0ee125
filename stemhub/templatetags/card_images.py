"""Wagtail's `image` and `srcset_image` tags for templates that repeat them: the browse cards.

Wagtail's tags build their filters again at every render, and a filter parses its operations
again (through `inspect.getcallargs`) to name the rendition it looks for: a third of an image
tag's work, twelve times or more per browse page. These tags are Wagtail's, parsed by Wagtail's
own code, with each tag's filters built once and kept: a filter spec in a template never
changes, and a Filter keeps no state of an image. Load it instead of wagtailimages_tags (or
after it: the later library's tags win).
"""

from functools import cached_property

from django import template
from wagtail.images.templatetags import wagtailimages_tags as wagtail_images

register = template.Library()


class KeptFilterImageNode(wagtail_images.ImageNode):
    @cached_property
    def kept_filter(self):
        return super().get_filter()

    def get_filter(self):
        return self.kept_filter


class KeptFiltersSrcsetImageNode(wagtail_images.SrcsetImageNode):
    @cached_property
    def kept_filters(self):
        return super().get_filters()

    def get_filters(self):
        return self.kept_filters


KEPT = {
    wagtail_images.ImageNode: KeptFilterImageNode,
    wagtail_images.SrcsetImageNode: KeptFiltersSrcsetImageNode,
}


def image(parser, token):
    node = wagtail_images.image(parser, token)
    return KEPT[type(node)](
        node.image_expr, node.filter_specs, node.output_var_name, attrs=node.attrs
    )


register.tag("image", image)
register.tag("srcset_image", image)
