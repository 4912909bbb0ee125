"""What every public template needs: the main navigation."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site


def _main_navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    root = site.root_page
    return list(root.get_children().live().public().in_menu())


def site_navigation(request):
    """Lazy, so the admin and pages that do not show the menu pay nothing."""
    return {
        "main_navigation": SimpleLazyObject(lambda: _main_navigation(request)),
    }
