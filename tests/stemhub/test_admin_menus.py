"""The admin menu: Vocabulary, Submissions and Reports as groups, one casing, in Dutch."""

import json

from bs4 import BeautifulSoup

from stemhub import roles

from .admin_helpers import member_of, prefers_english


def _menu(client):
    response = client.get("/admin/")
    props = BeautifulSoup(response.content, "html.parser").find(id="wagtail-sidebar-props")
    return json.dumps(json.loads(props.string), ensure_ascii=False)


def test_editors_menu_groups_vocabulary_submissions_and_reports(client, db):
    client.force_login(member_of(roles.EDITORS_GROUP))
    menu = _menu(client)
    for label in (
        "Inhoud",
        "Afbeeldingen",
        "Initiatieven importeren",
        "Woordenschat",
        "Sectoren",
        "Profieltypes",
        "Wegwijzers",
        "Eindtermen",
        "Regio's",
        "Inzendingen",
        "Ingezonden video's",
        "Partnerkandidaturen",
        "Uitgaande mail",
        "Rapporten",
        "Vertalingen",
    ):
        assert label in menu, label
    for old in ("Video vocabulary", "Classroom vocabulary", '"sectors"', "Videowoordenschat"):
        assert old not in menu


def test_the_menu_in_english(client, db):
    client.force_login(prefers_english(member_of(roles.EDITORS_GROUP)))
    menu = _menu(client)
    for label in ("Vocabulary", "Sectors", "Submissions", "Video submissions", "Translations"):
        assert label in menu, label


def test_a_translator_sees_no_submissions(client, db):
    client.force_login(member_of(roles.TRANSLATORS_GROUP))
    menu = _menu(client)
    assert "Inzendingen" not in menu
    assert "Vertalingen" in menu


def test_content_groups_images_documents_and_the_import(client, db):
    client.force_login(member_of(roles.EDITORS_GROUP))
    props = BeautifulSoup(client.get("/admin/").content, "html.parser").find(
        id="wagtail-sidebar-props"
    )
    modules = json.loads(props.string)["modules"]
    main_menu = next(module for module in modules if module["_type"].endswith("MainMenuModule"))
    top = [item["_args"][0]["label"] for item in main_menu["_args"][0]]
    assert top[:5] == ["Pagina's", "Inhoud", "Inzendingen", "Woordenschat", "Rapporten"]
    menu = json.dumps(modules, ensure_ascii=False)
    content_at = menu.index('"Inhoud"')
    for label in ("Afbeeldingen", "Documenten", "Initiatieven importeren"):
        assert menu.index(label) > content_at
        assert menu.count(f'"{label}"') == 1  # inside the group only
