"""wagtail-modeltranslation's "slug already in use" check, reading only the siblings that could
clash.

Every page type's `clean()` is patched by wagtail-modeltranslation to refuse a slug a sibling
already has in any language (`_validate_slugs`): it loads every sibling as a full Page and
compares their slugs in Python. Saving a page cleans it twice (adding it, publishing it) and the
patched `clean()` of the page type and of Page each run the check, so adding one video below 60
others read 240 pages: making pages cost more the more siblings they have. (A page made by
`stemhub.demo.add_child_page` and published now is cleaned once, at publishing.)

`validate_slugs` asks the database for the siblings whose slug, as modeltranslation reads it
in some language, is one of this page's slugs (`routing.slug_condition`), and then applies the
original rule to those few alone: the same errors, in the same cases. A page without a slug in
some language (nothing to compare in the database) is checked by the original function.

Within one `full_clean()` the check runs once: the page type's patched `clean()` checks, and
the patched `Page.clean()` it reaches through `super().clean()` would check the same slugs of
the same page against the same siblings again (nothing is written in between), one query and a
page's worth of slug reading on every validation of every page (a publish validates).

`install()` (from StemhubConfig.ready) puts it in place of the module function the patched
`clean()` calls, and has `Page.full_clean` remember what was checked while it runs.
"""

from functools import wraps

from django.db.models import Q
from django.utils import translation
from modeltranslation import settings as mt_settings
from wagtail.models import Page
from wagtail_modeltranslation import patch_wagtailadmin

from .routing import slug_condition

# wagtail-modeltranslation's own function (tests compare the two).
every_sibling = patch_wagtailadmin._validate_slugs


class _Candidates:
    """The siblings that could clash, in place of `page.get_siblings(inclusive=False)`."""

    def __init__(self, page, queryset):
        self.page, self.queryset = page, queryset

    def get_siblings(self, inclusive=False):
        return self.queryset

    def get_parent(self, *args, **kwargs):
        return self.page.get_parent(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.page, name)


def validate_slugs(page):
    """{`slug_<language>`: error} as wagtail-modeltranslation's check gives it."""
    slugs = {}
    for language in mt_settings.AVAILABLE_LANGUAGES:
        with translation.override(language):
            slugs[language] = page.slug
    checked = page.__dict__.get(_CHECKED)
    if checked is None:
        return _validate(page, slugs)
    # Keyed on all the check reads of the page, so a clean() that changed the slugs (or the
    # page's place) in between is checked afresh.
    key = (page.pk, page.path, tuple(slugs.items()))
    if key not in checked:
        checked[key] = _validate(page, slugs)
    return dict(checked[key])


def _validate(page, slugs):
    if not all(slugs.values()):
        return every_sibling(page)
    if page.get_parent() is None:
        return {}
    clash = Q()
    for language, slug in slugs.items():
        clash |= slug_condition(slug, language)
    candidates = page.get_siblings(inclusive=False).filter(clash)
    return every_sibling(_Candidates(page, candidates))


# Set on a page while its full_clean() runs: {what was checked: the errors found}.
_CHECKED = "_stemhub_slugs_checked"


def _checking_once(full_clean):
    @wraps(full_clean)
    def wrapper(self, *args, **kwargs):
        if _CHECKED in self.__dict__:  # a full_clean() inside one: the outer one's scope
            return full_clean(self, *args, **kwargs)
        self.__dict__[_CHECKED] = {}
        try:
            return full_clean(self, *args, **kwargs)
        finally:
            self.__dict__.pop(_CHECKED, None)

    return wrapper


def install():
    patch_wagtailadmin._validate_slugs = validate_slugs
    Page.full_clean = _checking_once(Page.full_clean)
