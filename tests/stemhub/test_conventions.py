"""Flemish writing conventions, valid form markup and translated library texts."""

import datetime

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

from classroom.factories import ensure_vocabulary


def _render(template, **context):
    return Template(template).render(Context(context))


def test_english_dates_are_written_day_month_year():
    moment = datetime.datetime(2026, 11, 24, 14, 38)
    with translation.override("en"):
        assert _render("{{ d|date }}", d=moment) == "24 November 2026"
        assert _render('{{ d|date:"DATETIME_FORMAT" }}', d=moment) == "24 November 2026, 14:38"
    with translation.override("nl"):
        assert _render("{{ d|date }}", d=moment) == "24 november 2026"


def test_school_levels_use_flemish_ordinals(db):
    levels, _domains, _targets = ensure_vocabulary()
    names = [level.name_nl for level in levels.values()]
    assert "5de leerjaar lager onderwijs" in names
    assert "1ste jaar secundair onderwijs" in names
    assert not any(" 5e " in f" {name} " or " 1e " in f" {name} " for name in names)


def _dutch():
    path = settings.BASE_DIR / "locale" / "nl" / "LC_MESSAGES" / "django.po"
    with path.open("rb") as po_file:
        return {m.id: m.string for m in read_po(po_file) if m.id}


def test_one_word_for_the_partner_role_and_no_english_in_dutch_labels():
    dutch = _dutch()
    assert dutch["Lead partner"] == "Trekkende partner"
    assert dutch["Contributing partner"] == "Meewerkende partner"
    assert not any("bijdragende" in text for text in dutch.values() if isinstance(text, str))


def test_english_spells_email_one_way():
    english_ids = [key for key in _dutch() if isinstance(key, str)]
    assert not [key for key in english_ids if "e-mail" in key.lower()]


def test_library_admin_texts_are_dutch_in_the_dutch_admin():
    from django.utils.translation import gettext

    with translation.override("nl"):
        assert gettext("View / edit fields for") == "Velden bekijken / bewerken voor"


@pytest.mark.parametrize(
    "url", ["/nl/zoeken/?q=robot", "/nl/partners/", "/nl/partners/video-indienen/"]
)
def test_no_form_has_an_empty_action(client, site_tree, url):
    from bs4 import BeautifulSoup

    html = BeautifulSoup(client.get(url).content, "html.parser")
    forms = html.find_all("form")
    assert forms
    for form in forms:
        assert form.get("action") != "", form.get("class")
