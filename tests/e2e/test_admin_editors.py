"""What editors meet in the admin: a slug taken by an (autosaved) draft, and their avatars."""

import pytest
from django.contrib.auth.models import Group

from initiatives.factories import create_initiative
from initiatives.setup import EDITORS_GROUP, ensure_all


def _log_in(admin, live_server, username, password):
    admin.goto(f"{live_server.url}/admin/login/")
    admin.fill("#id_username", username)
    admin.fill("#id_password", password)
    admin.locator("#id_password").press("Enter")
    admin.wait_for_url("**/admin/")


@pytest.fixture
def editor(db, django_user_model):
    ensure_all()
    user = django_user_model.objects.create_user(
        "redacteur",
        email="redacteur@stemhub.example",
        password="stem-platform-2026",
        first_name="Sara",
        last_name="Janssens",
    )
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


@pytest.mark.django_db(transaction=True)
def test_slug_taken_by_a_draft_is_explained_in_dutch_with_a_link(
    live_server, site_tree, editor, desktop_page
):
    """Before: the English "This slug is already in use" and no pointer to the draft."""
    index = site_tree.sections["initiatives"]
    draft = create_initiative(
        index, "robotica-zomerkamp", title="Robotica-zomerkamp (vorige poging)"
    )
    draft.unpublish()

    admin = desktop_page
    _log_in(admin, live_server, "redacteur", "stem-platform-2026")
    admin.goto(f"{live_server.url}/admin/pages/add/initiatives/initiativepage/{index.pk}/")
    admin.fill("#id_title_nl", "Robotica-zomerkamp Hasselt")
    admin.fill("#id_summary_nl", "Een week robots bouwen in Hasselt.")
    admin.locator("#id_slug_nl").evaluate("el => { el.value = 'robotica-zomerkamp'; }")
    # Set the slug again right before the click: the title-to-slug sync may still run after the
    # title's change event on a slow machine and would replace a slug set earlier.
    admin.locator("button[name='action-publish']").evaluate(
        "button => { document.querySelector('#id_slug_nl').value = 'robotica-zomerkamp';"
        " button.click(); }"
    )
    admin.wait_for_load_state()

    error = admin.locator(".error-message, .w-field__errors").filter(has_text="robotica-zomerkamp")
    error.first.wait_for(state="attached")
    text = error.first.text_content()
    assert "This slug is already in use" not in admin.content()
    assert "concept" in text and "Robotica-zomerkamp (vorige poging)" in text
    link = error.first.locator("a")
    assert link.get_attribute("href") == f"/admin/pages/{draft.pk}/edit/"


@pytest.mark.django_db(transaction=True)
def test_admin_shows_initials_and_asks_no_gravatar(live_server, site_tree, editor, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    admin = context.new_page()
    requested = []
    admin.on("request", lambda request: requested.append(request.url))
    try:
        _log_in(admin, live_server, "redacteur", "stem-platform-2026")
        admin.goto(f"{live_server.url}/admin/account/")
        avatars = admin.locator(".avatar img")
        assert avatars.count() >= 1
        for source in avatars.evaluate_all("images => images.map(image => image.src)"):
            assert source.startswith("data:image/svg+xml,"), source
            assert "SJ" in source
        outside = [url for url in requested if not url.startswith((live_server.url, "data:"))]
        assert outside == []
        assert not any("gravatar" in url for url in requested)
    finally:
        context.close()
