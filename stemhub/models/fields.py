"""Field shapes the apps' models share."""

from django.db import models


def optional_image(verbose_name, **kwargs):
    """An image editors may leave empty; deleting the image empties the field, never the page."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        **kwargs,
    )
