"""What every public template needs: the main navigation and the footer's statement links."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site

from stemhub.models import AccessibilityPage, PrivacyPage
from stemhub.prepared_queries import PreparedQuery
from stemhub.queries import public_q
from stemhub.routing import children_range

# The footer links these page types, in this order, wherever editors put them below the home.
FOOTER_PAGE_TYPES = (PrivacyPage, AccessibilityPage)
# What the menu, the footer and their links read of a page: a page row has some forty columns
# (each translated field once per language): building them all cost a fifth more CPU here.
MENU_FIELDS = ("title", "url_path", "path", "depth", "show_in_menus", "content_type_id")


def menu_and_footer_pages(depth, first_path, last_path, footer_types):
    """The live, public children (`children_range`) shown in the menu or of a footer type."""
    return (
        Page.objects.filter(depth=depth, path__range=(first_path, last_path))
        .order_by("path")
        .live()
        .filter(public_q(), Q(show_in_menus=True) | Q(content_type_id__in=footer_types))
        .only(*MENU_FIELDS)  # wagtail-modeltranslation adds every language's column
    )


# Its SQL compiled once per process and language (stemhub.prepared_queries), not per request.
prepared_menu_and_footer_pages = PreparedQuery(menu_and_footer_pages)


def _site_pages(request):
    """The home page's children shown in the menu and the statements the footer links, in one
    query (every page pays for it, so the query budgets of the browse pages stay as they are);
    `public_q()` checks the view restrictions inside it, where `.public()` would read them
    first in a query of its own."""
    site = Site.find_for_request(request)
    if site is None:
        return {"menu": [], "footer": []}
    types = ContentType.objects.get_for_models(*FOOTER_PAGE_TYPES)
    type_ids = [types[model].pk for model in FOOTER_PAGE_TYPES]
    pages = []
    if not site.root_page.is_leaf():  # as treebeard's get_children(): no query for a leaf
        pages = prepared_menu_and_footer_pages(
            **children_range(site.root_page), footer_types=type_ids
        )
    footer = sorted(
        (page for page in pages if page.content_type_id in type_ids),
        key=lambda page: type_ids.index(page.content_type_id),
    )
    return {"menu": [page for page in pages if page.show_in_menus], "footer": footer}


def _privacy_statement_url(request, pages):
    """Where the public forms' "Read the privacy notice" points when editors gave no other."""
    for page in pages["footer"]:
        if page.content_type_id == ContentType.objects.get_for_model(PrivacyPage).pk:
            return page.get_url(request)
    return ""


def site_navigation(request):
    """Lazy, so the admin and pages that do not show the menu pay nothing."""
    pages = SimpleLazyObject(lambda: _site_pages(request))
    return {
        "main_navigation": SimpleLazyObject(lambda: pages["menu"]),
        "footer_pages": SimpleLazyObject(lambda: pages["footer"]),
        "privacy_statement_url": SimpleLazyObject(lambda: _privacy_statement_url(request, pages)),
    }
