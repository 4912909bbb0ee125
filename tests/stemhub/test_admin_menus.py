"""The admin menu: Vocabulary, Submissions and Reports as groups, one casing, in Dutch."""

import json

import pytest
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


def _main_menu(client):
    props = BeautifulSoup(client.get("/admin/").content, "html.parser").find(
        id="wagtail-sidebar-props"
    )
    modules = json.loads(props.string)["modules"]
    return next(module for module in modules if module["_type"].endswith("MainMenuModule"))


def _labels(node):
    """Every menu item's label, at any depth of the serialised sidebar."""
    if isinstance(node, dict):
        own = [node["label"]] if isinstance(node.get("label"), str) and "name" in node else []
        return own + [label for value in node.values() for label in _labels(value)]
    if isinstance(node, list):
        return [label for value in node for label in _labels(value)]
    return []


# Words that keep their capital inside a label: names and abbreviations.
PROPER = {"STEM", "CSV", "VDAB", "Onderwijskiezer", "Wagtail", "STEMhelden", "#STEMhelden"}


def _sentence_case_problems(labels):
    problems = []
    for label in labels:
        words = label.split()
        capitalised = [word for word in words[1:] if word[:1].isupper() and word not in PROPER]
        if not words[0][:1].isupper() or capitalised:
            problems.append(label)
    return problems


@pytest.mark.parametrize(
    ("english", "groups"),
    [
        (False, ["Pagina's", "Inhoud", "Inzendingen", "Woordenschat", "Rapporten"]),
        (True, ["Pages", "Content", "Submissions", "Vocabulary", "Reports"]),
    ],
)
def test_one_scheme_in_both_languages(client, db, english, groups):
    """The same four groups after Pages, in the same order; every label in sentence case."""
    editor = member_of(roles.EDITORS_GROUP)
    client.force_login(prefers_english(editor) if english else editor)
    main_menu = _main_menu(client)
    top = [item["_args"][0]["label"] for item in main_menu["_args"][0]]
    assert top[:5] == groups
    labels = _labels(main_menu)
    assert len(labels) > 20
    assert not _sentence_case_problems(labels)
    assert len(labels) == len(set(labels)), "an item appears twice"
