"""An editor adds an initiative in Dutch and English in the admin and publishes it; a visitor
finds it through the region filter, on a phone, without JavaScript being needed for the filter."""

import pytest
from django.contrib.auth.models import Group

from initiatives.models import InitiativePage, Region
from initiatives.setup import EDITORS_GROUP, ensure_all


@pytest.mark.django_db(transaction=True)
def test_editor_publishes_and_visitor_finds_by_region(
    live_server, site_tree, desktop_page, phone_page, django_user_model
):
    ensure_all()
    index = site_tree.sections["initiatives"]
    editor = django_user_model.objects.create_user(
        "redacteur", email="redacteur@stemhub.example", password="stem-platform-2026"
    )
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    limburg = Region.objects.get(slug="limburg")

    admin = desktop_page
    admin.goto(f"{live_server.url}/admin/login/")
    admin.fill("#id_username", "redacteur")
    admin.fill("#id_password", "stem-platform-2026")
    admin.locator("form button[type=submit]").first.click()
    admin.wait_for_url("**/admin/")

    admin.goto(f"{live_server.url}/admin/pages/add/initiatives/initiativepage/{index.pk}/")
    # wagtail-modeltranslation shows one language at a time: Dutch first, then switch.
    admin.fill("#id_title_nl", "Robotica-zomerkamp Hasselt")
    admin.fill("#id_summary_nl", "Een week robots bouwen in Hasselt.")
    admin.locator(".locale-picker button.locale-toggle", has_text="en").first.click()
    admin.fill("#id_title_en", "Robotics summer camp Hasselt")
    admin.fill("#id_summary_en", "A week of building robots in Hasselt.")
    admin.fill("#id_year_started", "2026")
    admin.check(f"input[name=regions][value='{limburg.pk}']")
    # The slugs live on the Promote tab; set them the way the slug field would.
    for field, value in (("#id_slug_nl", "robotica-zomerkamp"), ("#id_slug_en", "robotics-camp")):
        admin.locator(field).evaluate("(el, value) => { el.value = value; }", value)
    # "Publish" sits in the footer's action menu.
    admin.locator("button[name='action-publish']").evaluate("button => button.click()")
    admin.wait_for_url(f"**/admin/pages/{index.pk}/**")

    initiative = InitiativePage.objects.get(slug_nl="robotica-zomerkamp")
    assert initiative.live
    assert initiative.title_en == "Robotics summer camp Hasselt"
    assert [region.slug for region in initiative.regions.all()] == ["limburg"]

    visitor = phone_page
    visitor.goto(f"{live_server.url}/nl/initiatieven/")
    visitor.locator(".filter-panel__summary").click()
    visitor.locator("input[name=region][value=limburg]").check()
    visitor.locator(".filter-panel__body button[type=submit]").click()
    visitor.wait_for_url("**/nl/initiatieven/?*region=limburg*")
    cards = visitor.locator(".initiative-card .card__title a")
    assert cards.all_inner_texts() == ["Robotica-zomerkamp Hasselt"]
    cards.first.click()
    visitor.wait_for_url("**/nl/initiatieven/robotica-zomerkamp/")
    assert visitor.get_by_role("heading", level=1).inner_text() == "Robotica-zomerkamp Hasselt"

    visitor.goto(f"{live_server.url}/en/initiatives/?region=limburg")
    assert visitor.locator(".initiative-card .card__title a").all_inner_texts() == [
        "Robotics summer camp Hasselt"
    ]
    assert visitor.external_requests == []
