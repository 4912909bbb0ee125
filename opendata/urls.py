"""Addresses inside the language prefix (/nl/, /en/): the embeddable cards."""

from django.urls import path

from . import embeds

urlpatterns = [
    path("embed/<int:page_id>/", embeds.embed_card, name="embed_card"),
]
