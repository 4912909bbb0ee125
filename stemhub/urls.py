from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve as serve_media
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from stemhub import views
from stemhub.api import api_router
from stemhub.sitemap import TranslatedSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Development only (also with DEBUG=false, to try the real error pages with images).
    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

# The real 404 and 500 pages at fixed addresses, for designers and testers (dev settings only).
error_previews = (
    [
        path("_errors/404/", views.page_not_found, name="preview_404"),
        path("_errors/500/", views.server_error, name="preview_500"),
    ]
    if getattr(settings, "ERROR_PAGE_PREVIEWS", False)
    else []
)

# Every public page lives under /nl/ or /en/; Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    path(_("search/"), views.search, name="search"),
    *error_previews,
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "stemhub.views.page_not_found"
handler500 = "stemhub.views.server_error"
