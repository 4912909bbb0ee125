"""Admin texts of libraries that ship no Dutch translation, translated in our own catalogue.

Django looks messages up in LOCALE_PATHS first, so listing a library's msgid here (for
makemessages) is enough for the Dutch admin to show it in Dutch. Never imported.
"""

from django.utils.translation import gettext_noop

LIBRARY_MESSAGES = [
    # wagtail-modeltranslation: the language toggle above every translated field group.
    gettext_noop("View / edit fields for"),
    # wagtail-modeltranslation's slug check; stemhub.admin_forms explains it further.
    gettext_noop("This slug is already in use"),
]
