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
