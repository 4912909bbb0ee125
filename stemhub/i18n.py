"""Where the page you are looking at lives in the other language."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation


@dataclass(frozen=True)
class LanguageAlternate:
    code: str
    name: str
    url: str
    is_current: bool


def page_url_in(page, language, request=None):
    """The page's URL as it is in `language` (slugs are translated, so it differs)."""
    with translation.override(language):
        return page.get_url(request=request)


def language_alternates(request, page=None, urls=None):
    """One link per language to *this* page; filters in the query string are kept.

    `urls` ({"nl": …, "en": …}) is for views whose address is not the page's own, such as a
    routable page's route with a translated path; those URLs are used as given.
    """
    current = translation.get_language()
    query = request.META.get("QUERY_STRING", "") if request else ""
    alternates = []
    for code, name in settings.LANGUAGES:
        if urls and urls.get(code):
            with translation.override(code):
                label = str(name)
            alternates.append(LanguageAlternate(code, label, urls[code], code == current))
            continue
        if page is not None and getattr(page, "id", None):
            url = page_url_in(page, code, request)
        elif request is not None:
            url = translate_url(request.path, code)
        else:
            url = f"/{code}/"
        if not url:
            url = f"/{code}/"
        if query and "?" not in url:
            url = f"{url}?{query}"
        with translation.override(code):
            label = str(name)
        alternates.append(LanguageAlternate(code, label, url, code == current))
    return alternates
