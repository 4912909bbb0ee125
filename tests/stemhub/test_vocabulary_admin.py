"""Editors order every vocabulary list by dragging its rows in the admin listing."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from classroom.models import AttainmentTarget
from initiatives.models import Region
from taxonomy.models import Sector
from videos.models import ProfileType


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("redactie", "redactie@example.org", "pw")
    client.force_login(user)
    return client


def _term(model, number):
    if model is AttainmentTarget:
        return model.objects.create(code=f"T-{number}", description="Doel", sort_order=number)
    return model.objects.create(name=f"Term {number}", slug=f"term-{number}", sort_order=number)


@pytest.mark.parametrize("model", [Sector, ProfileType, Region, AttainmentTarget])
def test_vocabulary_listing_reorders_by_drag_and_drop(admin_client, model):
    model.objects.all().delete()
    first, second, third = (_term(model, n) for n in (1, 2, 3))
    namespace = f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}"

    listing = admin_client.get(reverse(f"{namespace}:list"))
    assert "?ordering=sort_order" in listing.content.decode()  # "Sort item order"
    dragging = admin_client.get(reverse(f"{namespace}:list") + "?ordering=sort_order")
    # The rows are draggable: each drop posts to the reorder view (999999 is Wagtail's stand-in).
    assert reverse(f"{namespace}:reorder", args=[999999]) in dragging.content.decode()

    response = admin_client.post(reverse(f"{namespace}:reorder", args=[third.pk]) + "?position=0")
    assert response.status_code == 200
    assert list(model.objects.order_by("sort_order").values_list("pk", flat=True)) == [
        third.pk,
        first.pk,
        second.pk,
    ]
