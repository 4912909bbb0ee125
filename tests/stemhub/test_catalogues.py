"""Both message catalogues are complete: no untranslated or fuzzy entry ships."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings


def catalogue(language):
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    with path.open("rb") as po_file:
        return read_po(po_file, locale=language)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_catalogue_is_complete(language):
    messages = [message for message in catalogue(language) if message.id]
    assert len(messages) > 50
    untranslated = [
        message.id
        for message in messages
        if not (all(message.string) if isinstance(message.id, tuple) else message.string)
    ]
    fuzzy = [message.id for message in messages if message.fuzzy]
    assert untranslated == []
    assert fuzzy == []


def test_both_catalogues_hold_the_same_messages():
    def ids(language):
        return {message.id for message in catalogue(language) if message.id}

    assert ids("nl") == ids("en")


def test_dutch_catalogue_really_is_dutch():
    translations = {message.id: message.string for message in catalogue("nl") if message.id}
    assert translations["Skip to main content"] == "Naar de hoofdinhoud"
    assert translations["search/"] == "zoeken/"


def test_compiling_replaces_each_catalogue_whole(settings, tmp_path):
    """A worker or server that opened a .mo keeps reading a whole file while another compiles."""
    import gettext
    import shutil

    from django.core.management import call_command

    source = Path(settings.BASE_DIR) / "locale" / "nl" / "LC_MESSAGES" / "django.po"
    folder = tmp_path / "locale" / "nl" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copy(source, folder / "django.po")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    call_command("compile_catalogues", verbosity=0)
    mo_path = folder / "django.mo"
    before = mo_path.read_bytes()
    po_text = (folder / "django.po").read_text(encoding="utf-8")
    changed = po_text.replace('msgid "Search"\nmsgstr "Zoeken"', 'msgid "Search"\nmsgstr "Zoek"')
    assert changed != po_text
    (folder / "django.po").write_text(changed, encoding="utf-8")
    with mo_path.open("rb") as reader:
        call_command("compile_catalogues", verbosity=0)
        assert reader.read() == before  # the old file whole, not rewritten under the reader
    assert sorted(path.name for path in folder.iterdir()) == ["django.mo", "django.po"]
    with mo_path.open("rb") as compiled:
        assert gettext.GNUTranslations(compiled).gettext("Search") == "Zoek"
